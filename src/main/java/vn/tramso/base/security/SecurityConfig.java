package vn.tramso.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Kiosk screens are open to anyone (annotated {@code @AnonymousAllowed}); volunteer, leader and
 * admin areas need a login with a user from the database. Spring Security's default headers
 * also send {@code Cache-Control: no-store} on every page, so a kiosk browser keeps nothing.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http
                // Everything under /kiosk is for residents, including a mistyped address, which gets the
                // plain "no such page" screen rather than the staff sign-in.
                .authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/kiosk/**").permitAll())
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
