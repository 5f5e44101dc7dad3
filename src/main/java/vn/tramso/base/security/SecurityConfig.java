package vn.tramso.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;
import vn.tramso.base.KioskAssets;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.ui.LoginView;

/**
 * Kiosk screens need no sign-in (annotated {@code @AnonymousAllowed}) but only enrolled kiosk
 * browsers reach them (see {@code place.KioskGate}); volunteer, leader and admin areas need a
 * login with a user from the database. Spring Security's default headers also send
 * {@code Cache-Control: no-store} on every page, so a kiosk browser keeps no page; it keeps only
 * the same-for-everyone files (the bundle, style sheets, base.KioskAssets pictures: see StaticFileCaching).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /**
     * What a page may load and run. Vaadin Flow itself needs inline scripts and eval (its client
     * engine builds functions from what the server sends), so this policy cannot stop an inline
     * event handler: illustrations are sanitised for that (base.SvgChecker). What it does stop:
     * loading or sending anything to another origin (style sheets, images, fonts, beacons), plugins,
     * a changed base URL, forms posting elsewhere, and framing by another site.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The management port (health and Prometheus, application.properties) gets the filter chains too,
     * and the app's would send a load balancer or Prometheus to the sign-in page. There, this chain lets
     * every request through without a session: only the two read-only endpoints exist on that port,
     * which listens on 127.0.0.1 unless MANAGEMENT_SERVER_ADDRESS says otherwise. The actuator has no
     * path on the app's port.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPortChain(HttpSecurity http) throws Exception {
        RequestMatcher onManagementPort = request -> WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), "management");
        return http.securityMatcher(onManagementPort)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()) // read-only endpoints, no session, no cookie
                .build();
    }

    /**
     * Delivery receipts from the SMS gateway ({@value #GATEWAY_RECEIPTS}, notification.SmsReceipts): a server calls them, with no
     * session, no cookie and no CSRF token; the secret in the address is their guard, checked by the
     * controller, which answers 404 to a wrong one. Only this path; every other keeps CSRF.
     */
    static final String GATEWAY_RECEIPTS = "/hooks/esms/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain gatewayReceiptsChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(GATEWAY_RECEIPTS)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The kiosk's service worker and the offline pages' script: static files anyone may read (base.ui.OfflineSwitch). */
    static final String[] OFFLINE_SCRIPTS = {"/kiosk-sw.js", "/kiosk-offline.js"};

    /**
     * Kiosk usage sent by an offline kiosk page (usage.UsageController): a JSON POST from the kiosk's own
     * page, without a CSRF token (the page may have been loaded before the session it sends in). What guards
     * it instead: place.KioskGate lets through only a browser holding an enrolled device's cookie for that
     * kiosk (an HttpOnly, SameSite=Lax cookie that another site's POST does not carry), the controller
     * takes only {@code Content-Type: application/json} (which a cross-site form cannot send, and a
     * cross-site script cannot without a CORS preflight this app never answers), and the worst a forged
     * batch could do is add anonymous counts. Only this path, only POST; every other keeps CSRF.
     * docs/security.md ("Kiosk usage").
     */
    static final String KIOSK_USAGE = "/kiosk/*/usage";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 2)
    SecurityFilterChain kioskUsageChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, KIOSK_USAGE))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                // Written before the response starts: Vaadin writes its pages through the unwrapped response,
                // which would otherwise go out before Spring Security adds its headers.
                .headers(headers -> {
                    headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                        @Override
                        public <O extends HeaderWriterFilter> O postProcess(O filter) {
                            filter.setShouldWriteHeadersEagerly(true);
                            return filter;
                        }
                    });
                    headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                            .permissionsPolicyHeader(permissions -> permissions.policy(
                                    "camera=(self), microphone=(), geolocation=(), payment=(), usb=()"));
                })
                // Everything under /kiosk is for residents at an enrolled kiosk (place.KioskGate), including a
                // mistyped address, which gets the plain "no such page" screen rather than the staff sign-in;
                // /enrol is where a kiosk's browser is enrolled with a one-time code; /rating/** is the rating page a
                // resident's own phone opens from a QR code (rating.ui), which its single-use link or public key guards,
                // and /danh-gia/** the same page at the address of codes printed before decision 012; /kiosk-assets/* are the
                // kiosk's pictures and public QR codes by content hash (base.KioskAssets), one level deep, GET only; /kiosk-audio/*
                // the guide steps read aloud, by hash of voice, speed and text (base.KioskAudio), likewise; /kiosk-sw.js and
                // /kiosk-offline.js the kiosk's service worker and its offline pages' script (issue 24, guide.OfflineGuides), GET only.
                .authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/kiosk/**", "/enrol", "/enrol/**", "/rating/**",
                                "/danh-gia/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, KioskAssets.PATH + "*", KioskAudio.PATH + "*", OFFLINE_SCRIPTS[0], OFFLINE_SCRIPTS[1])
                        .permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
