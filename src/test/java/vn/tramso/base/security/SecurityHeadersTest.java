package vn.tramso.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tramso.IntegrationTest;

/** Every page, kiosk or staff, known or not, carries the headers that limit what it may load and leak. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/kiosk/tra-phuong", "/kiosk/khong-co/home", "/admin", "/enrol/ABCD-EFGH"})
    void every_page_limits_scripts_sources_camera_and_referrer(String path) throws Exception {
        HttpHeaders headers = get(path).headers();

        String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "connect-src 'self'",
                "img-src 'self' data: blob:", "base-uri 'self'", "form-action 'self'");
        assertThat(csp).as("no remote origin anywhere").doesNotContain("http:", "https:", "*");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=(self)"));
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
