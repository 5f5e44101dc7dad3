package vn.tramso.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestPlaces;
import vn.tramso.base.Hashes;
import vn.tramso.base.security.KioskSessions;

/**
 * Only enrolled browsers are kiosks: one-time codes, device tokens kept only as hashes,
 * revocation, inactive kiosks, and the gate in front of every kiosk page.
 */
@IntegrationTest
class KioskDevicesTest {

    @Autowired
    KioskDevices devices;
    @Autowired
    TestKiosks kiosks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestPlaces places;
    @Autowired
    Places placeService;
    @Autowired
    PlaceEditor placeAdmin;
    @Autowired
    KioskGate gate;
    @Autowired
    UserDetailsService accounts;
    @LocalServerPort
    int port;

    @Test
    void a_code_enrols_one_browser_once_and_only_its_hash_is_stored() {
        EnrolmentCode code = kiosks.asAdmin(() -> devices.issueCode("tra-phuong"));
        assertThat(code.code()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kiosk_enrolment WHERE code_hash = :h")
                .param("h", Hashes.sha256(code.code().replace("-", ""))).query(Integer.class).single()).isEqualTo(1);
        assertThat(devices.kioskOfCode(code.code())).as("looking does not use it").hasValue("tra-phuong");

        KioskDevices.Enrolled enrolled = devices.enrol(" " + code.code().toLowerCase().replace("-", " ") + " ", "Chromium")
                .orElseThrow();
        assertThat(enrolled.access().kioskCode()).isEqualTo("tra-phuong");
        assertThat(devices.byToken(enrolled.token())).hasValue(enrolled.access());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kiosk_device WHERE token_hash = :t OR token_hash = :h")
                .param("t", enrolled.token()).param("h", Hashes.sha256(enrolled.token())).query(Integer.class).single())
                .as("the token itself is not stored, its hash is").isEqualTo(1);

        assertThat(devices.enrol(code.code(), "a second browser")).as("a code works once").isEmpty();
        assertThat(devices.kioskOfCode(code.code())).isEmpty();
    }

    @Test
    void a_code_expires_after_a_day() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        EnrolmentCode code = kiosks.asAdmin(() -> devices.issueCode("van-la"));
        assertThat(code.expiresAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 0));

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 24, 9, 0, 1));
        assertThat(devices.enrol(code.code(), "late")).isEmpty();
    }

    @Test
    void made_up_or_malformed_codes_enrol_nothing() {
        assertThat(devices.enrol("ABCD-EFGH", "guess")).isEmpty();
        assertThat(devices.enrol("<script>", "guess")).isEmpty();
        assertThat(devices.enrol("A".repeat(5000), "guess")).isEmpty();
        assertThat(devices.enrol(null, "guess")).isEmpty();
        assertThat(devices.byToken("not-a-token")).isEmpty();
        assertThat(devices.byToken(null)).isEmpty();
    }

    @Test
    void a_revoked_device_and_a_device_of_a_suspended_kiosk_lose_access() {
        KioskAccess revoked = kiosks.enrol("tra-phuong").access();
        kiosks.asAdmin(() -> {
            devices.revoke(revoked.deviceId());
            return null;
        });
        assertThat(devices.access(revoked.deviceId())).isEmpty();

        places.kiosk("tam-ngung", placeService.village("HY-NQ-DINH-DU").orElseThrow().id());
        KioskAccess suspended = kiosks.enrol("tam-ngung").access();
        EnrolmentCode unused = kiosks.asAdmin(() -> devices.issueCode("tam-ngung"));
        kiosks.asAdmin(() -> {
            placeAdmin.setKioskActive("tam-ngung", false);
            return null;
        });
        assertThat(devices.access(suspended.deviceId())).isEmpty();
        assertThat(devices.enrol(unused.code(), "x")).as("no enrolment into a suspended kiosk").isEmpty();
    }

    @Test
    @WithUserDetails("tnv.traphuong")
    void only_an_admin_issues_codes_lists_and_revokes_devices() {
        assertThatThrownBy(() -> devices.issueCode("tra-phuong")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> devices.devices("tra-phuong")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> devices.revoke(1)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void an_unenrolled_browser_gets_the_not_registered_page_and_an_enrolled_one_only_its_own_kiosk() throws Exception {
        HttpResponse<String> stranger = get("/kiosk/tra-phuong/book", null);
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("Màn hình này chưa được đăng ký").doesNotContain("v-r=init");

        String vanLa = kiosks.enrol("van-la").token();
        assertThat(get("/kiosk/tra-phuong", "tramso_kiosk=" + vanLa).statusCode()).isEqualTo(403);
        HttpResponse<String> own = get("/kiosk/van-la/home", "tramso_kiosk=" + vanLa);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().allValues("Set-Cookie")).as("the cookie is renewed, script cannot read it")
                .anySatisfy(c -> assertThat(c).startsWith("tramso_kiosk=" + vanLa).contains("HttpOnly", "SameSite=Lax", "Max-Age="));

        assertThat(get("/kiosk/tra-phuong", "tramso_kiosk=forged").statusCode()).isEqualTo(403);
    }

    /**
     * After the idle reset drops the session, a request still in flight from the old page can leave
     * the browser a new session the gate never saw; Vaadin's next request (here its start) carries
     * the device cookie into it and must find the device there, or the attract screen says "not
     * registered" (seen in the idle-reset journey).
     */
    @Test
    void a_session_that_lost_its_device_gets_it_back_from_the_device_cookie_only() throws Exception {
        KioskDevices.Enrolled device = kiosks.enrol("tra-phuong");

        MockHttpSession stale = new MockHttpSession();
        gate.doFilter(vaadinStart(stale, device.token()), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(stale.getAttribute(KioskSessions.DEVICE_ATTRIBUTE)).isEqualTo(device.access().deviceId());
        assertThat(stale.getMaxInactiveInterval()).as("a kiosk waits untouched for hours, unlike a staff session")
                .isEqualTo(12 * 3600);

        MockHttpSession forged = new MockHttpSession();
        gate.doFilter(vaadinStart(forged, "forged"), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(forged.getAttribute(KioskSessions.DEVICE_ATTRIBUTE)).isNull();

        MockHttpSession staff = new MockHttpSession();
        staff.setAttribute(KioskSessions.DEVICE_ATTRIBUTE, 12345L);
        gate.doFilter(vaadinStart(staff, device.token()), new MockHttpServletResponse(), new MockFilterChain());
        assertThat(staff.getAttribute(KioskSessions.DEVICE_ATTRIBUTE)).as("a session's device is never replaced").isEqualTo(12345L);
    }

    @Test
    void a_staff_member_signed_in_on_the_kiosk_browser_does_not_get_the_kiosk_twelve_hours() throws Exception {
        KioskDevices.Enrolled device = kiosks.enrol("tra-phuong");
        UserDetails volunteer = accounts.loadUserByUsername("tnv.traphuong");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(volunteer, null, volunteer.getAuthorities()));
        try {
            MockHttpSession session = new MockHttpSession();
            session.setMaxInactiveInterval(15 * 60);
            gate.doFilter(vaadinStart(session, device.token()), new MockHttpServletResponse(), new MockFilterChain());
            assertThat(session.getMaxInactiveInterval()).isEqualTo(15 * 60);

            MockHttpServletRequest page = new MockHttpServletRequest("GET", "/kiosk/tra-phuong");
            page.setSession(session);
            page.setCookies(new Cookie(KioskGate.COOKIE, device.token()));
            gate.doFilter(page, new MockHttpServletResponse(), new MockFilterChain());
            assertThat(session.getMaxInactiveInterval()).as("opening the kiosk page signed in").isEqualTo(15 * 60);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static MockHttpServletRequest vaadinStart(MockHttpSession session, String deviceToken) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setQueryString("v-r=init&location=kiosk%2Ftra-phuong");
        request.setSession(session);
        request.setCookies(new Cookie(KioskGate.COOKIE, deviceToken));
        return request;
    }

    @Test
    void the_enrolment_page_confirms_the_cultural_house_and_the_post_sets_the_device_cookie() throws Exception {
        EnrolmentCode code = kiosks.asAdmin(() -> devices.issueCode("tra-phuong"));

        HttpResponse<String> page = get(code.path(), null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Nhà văn hóa thôn Trà Phương", "Đăng ký máy này");
        String session = sessionCookie(page);
        String csrf = find(Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\""), page.body());

        HttpResponse<String> withoutToken = post("/enrol", session, "code=" + code.code());
        assertThat(withoutToken.statusCode()).as("no cross-site enrolment").isNotEqualTo(303);
        assertThat(withoutToken.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("tramso_kiosk="));
        assertThat(devices.kioskOfCode(code.code())).as("the refused post did not use the code").isPresent();

        HttpResponse<String> enrolled = post("/enrol", session, "code=" + code.code() + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        assertThat(enrolled.statusCode()).isEqualTo(303);
        assertThat(enrolled.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/kiosk/tra-phuong"));
        String device = enrolled.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("tramso_kiosk="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        assertThat(get("/kiosk/tra-phuong", device).statusCode()).isEqualTo(200);

        HttpResponse<String> again = post("/enrol", session, "code=" + code.code() + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("Mã đăng ký không đúng, đã dùng rồi hoặc đã hết hạn");
    }

    @Test
    void the_loopback_check_behind_the_demo_enrolment_trusts_only_this_machine() {
        assertThat(List.of("127.0.0.1", "127.0.1.1", "::1", "0:0:0:0:0:0:0:1")).allMatch(KioskGate::isLoopback);
        assertThat(List.of("10.0.0.5", "192.168.1.10", "fe80::1", "", "localhost")).noneMatch(KioskGate::isLoopback);
        assertThat(KioskGate.isLoopback(null)).isFalse();
        assertThat(devices.enrolLocal("tra-phuong", "x")).as("off unless the demo profile turns it on").isEmpty();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in the page").isTrue();
        return m.group(1);
    }
}
