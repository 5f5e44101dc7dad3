package vn.tramso.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tramso.IntegrationTest;
import vn.tramso.place.TestKiosks;

/**
 * Text goes out compressed when the browser asks for it, and our own style sheets may be kept but are checked
 * (issue 23), while a kiosk page stays uncached and keeps its security headers. Tests run Vaadin in development
 * mode, so this checks only what development mode serves the same way: the kiosk page and our style sheets. The
 * production bundle's year-long caching is checked by {@link StaticFileCachingTest} and measured in
 * docs/benchmarks.md ("The kiosk's first screen").
 */
@IntegrationTest
class CompressionAndCachingTest {

    @LocalServerPort
    int port;
    @Autowired
    TestKiosks kiosks;

    @Test
    void the_kiosk_page_is_gzipped_when_asked_and_still_never_stored() throws Exception {
        String device = "tramso_kiosk=" + kiosks.enrol("tra-phuong").token();

        HttpResponse<byte[]> zipped = get("/kiosk/tra-phuong", "gzip", device);
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(zipped.body())).contains("<html", "styles/kiosk.css");
        assertThat(zipped.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(zipped.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(zipped.headers().allValues("Set-Cookie")).as("the new session's cookie, sent by no other site's request")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        HttpResponse<byte[]> plain = get("/kiosk/tra-phuong", null, device);
        assertThat(plain.headers().firstValue("Content-Encoding")).as("not asked for").isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("<html", "styles/kiosk.css");
    }

    @Test
    void our_style_sheet_is_gzipped_when_asked_and_checked_before_each_use() throws Exception {
        HttpResponse<byte[]> zipped = get("/styles/kiosk.css", "gzip, deflate", null);
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        String css = gunzip(zipped.body());
        assertThat(css).contains(".kiosk");
        assertThat(zipped.body().length).as("compressed").isLessThan(css.length() / 2);
        assertThat(zipped.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(zipped.headers().firstValue("Last-Modified")).as("what the check compares").isPresent();
        assertThat(zipped.headers().firstValue("Pragma")).isEmpty();

        HttpResponse<byte[]> plain = get("/styles/kiosk.css", null, null);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(css);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
