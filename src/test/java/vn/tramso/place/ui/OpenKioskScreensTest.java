package vn.tramso.place.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tramso.IntegrationTest;
import vn.tramso.ManagementPort;
import vn.tramso.place.TestKiosks;

/** Kiosk screens open now, as a Prometheus scrape shows them. */
@IntegrationTest
class OpenKioskScreensTest {

    @Autowired
    ManagementPort management;
    @Autowired
    TestKiosks kiosks;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_kiosk_browser_opening_its_screen_counts_one_more_open_kiosk_screen_and_a_staff_page_does_not() throws Exception {
        double open = management.metric("tramso_kiosk_screens_open");

        String device = "tramso_kiosk=" + kiosks.enrol("tra-phuong").token();
        HttpResponse<String> page = get("/kiosk/tra-phuong/home", device);
        assertThat(page.statusCode()).isEqualTo(200);
        String kiosk = device + "; " + session(page);
        assertThat(get("/?v-r=init&location=kiosk%2Ftra-phuong%2Fhome&query=", kiosk).body()).contains("v-uiId");

        HttpResponse<String> login = get("/login", null);
        get("/?v-r=init&location=login&query=", session(login));

        assertThat(management.metric("tramso_kiosk_screens_open")).isEqualTo(open + 1);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String session(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }
}
