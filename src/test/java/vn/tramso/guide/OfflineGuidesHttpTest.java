package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tramso.IntegrationTest;
import vn.tramso.place.TestKiosks;

/**
 * The offline guides over HTTP (issue 24): only the kiosk's enrolled browser fetches them, no session
 * is made for them, and the service worker's script is served fresh to anyone.
 */
@IntegrationTest
class OfflineGuidesHttpTest {

    @Autowired
    TestKiosks kiosks;
    @LocalServerPort
    int port;

    @Test
    void the_kiosks_own_browser_gets_its_offline_guides_and_no_session() throws Exception {
        String cookie = "tramso_kiosk=" + kiosks.enrol("tra-phuong").token();
        HttpResponse<String> manifest = get("/kiosk/tra-phuong/offline/manifest.json", cookie);
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(manifest.body()).startsWith("{\"kiosk\":\"tra-phuong\",\"version\":\"").contains("\"/kiosk/tra-phuong/offline/vi/home\"");
        HttpResponse<String> step = get("/kiosk/tra-phuong/offline/vi/guide/lua-dao/2", cookie);
        assertThat(step.statusCode()).isEqualTo(200);
        assertThat(step.body()).contains("Mất kết nối – đang dùng bản ngoại tuyến").contains("Bước 2 / 5");
        assertThat(get("/kiosk/tra-phuong/offline/en/guide/lua-dao/2", cookie).body()).contains("Step 2 / 5");
        assertThat(get("/kiosk/tra-phuong/offline/alive", cookie).statusCode()).isEqualTo(204);
        assertThat(get("/kiosk/tra-phuong/offline/vi/guide/lua-dao/9", cookie).statusCode()).isEqualTo(404);
        for (HttpResponse<String> response : java.util.List.of(manifest, step)) {
            assertThat(response.headers().allValues("Set-Cookie")).as("no session for the offline guides")
                    .noneMatch(c -> c.startsWith("JSESSIONID="));
        }
    }

    @Test
    void another_browser_gets_none_of_them() throws Exception {
        assertThat(get("/kiosk/tra-phuong/offline/manifest.json", null).statusCode()).isEqualTo(403);
        assertThat(get("/kiosk/tra-phuong/offline/vi/home", null).statusCode()).isEqualTo(403);
        String vanLa = "tramso_kiosk=" + kiosks.enrol("van-la").token();
        assertThat(get("/kiosk/tra-phuong/offline/vi/home", vanLa).statusCode()).as("another kiosk's browser").isEqualTo(403);
        assertThat(get("/kiosk/van-la/offline/vi/home", vanLa).statusCode()).isEqualTo(200);
    }

    @Test
    void the_service_worker_and_offline_script_are_served_fresh_to_anyone() throws Exception {
        for (String file : new String[] {"/kiosk-sw.js", "/kiosk-offline.js"}) {
            HttpResponse<String> script = get(file, null);
            assertThat(script.statusCode()).as(file).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("javascript"));
            assertThat(script.headers().allValues("Cache-Control")).containsExactly("no-cache");
            assertThat(script.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
        assertThat(get("/kiosk-sw.js", null).body()).contains("v-r").contains("/VAADIN/");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
