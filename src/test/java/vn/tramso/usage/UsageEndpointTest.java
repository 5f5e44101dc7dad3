package vn.tramso.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.place.TestKiosks;

/**
 * {@code POST /kiosk/<kiosk>/usage} over real HTTP, as an offline kiosk page sends it: with the
 * enrolled device's cookie and no CSRF token.
 */
@IntegrationTest
class UsageEndpointTest {

    @LocalServerPort
    int port;
    @Autowired
    TestKiosks kiosks;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private String device;

    @BeforeEach
    void anEnrolledKioskOfTraPhuong() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 5, 15, 20)); // 08:20 UTC
        device = kiosks.enrol("tra-phuong").token();
    }

    @Test
    void a_batch_is_stored_once_however_often_it_is_sent() throws Exception {
        String visit = UUID.randomUUID().toString();
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String body = batch(event(ids.get(0), visit, "guide-opened", "\"dvc-tra-cuu\"", "1", "2026-12-05T08:15:30Z"),
                event(ids.get(1), visit, "step-reached", "\"dvc-tra-cuu\"", "1", "2026-12-05T15:15:31+07:00"),
                event(ids.get(2), visit, "help-asked", null, null, "2026-12-05T08:16:00Z"));

        HttpResponse<String> first = post("tra-phuong", body, device, "application/json");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"accepted\":3");
        assertThat(post("tra-phuong", body, device, "application/json; charset=utf-8").statusCode()).as("sent again").isEqualTo(200);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM usage_event WHERE visit = :v").param("v", visit).query(Long.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT at FROM usage_event WHERE id = :id").param("id", ids.get(0)).query(LocalDateTime.class).single())
                .as("kept in the villages' time").isEqualTo(LocalDateTime.of(2026, 12, 5, 15, 15, 30));
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT village_id) FROM usage_event WHERE visit = :v").param("v", visit)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void one_bad_event_refuses_the_whole_batch_and_says_which_and_why() throws Exception {
        String visit = UUID.randomUUID().toString();
        String good = event(UUID.randomUUID().toString(), visit, "guide-opened", "\"dvc-tra-cuu\"", "1", "2026-12-05T08:15:30Z");
        record Case(String event, String reason) {
        }
        List<Case> cases = List.of(
                new Case(event("not-a-uuid", visit, "step-reached", "\"dvc-tra-cuu\"", "2", "2026-12-05T08:15:30Z"), "bad-id"),
                new Case(event(UUID.randomUUID().toString(), "123", "step-reached", "\"dvc-tra-cuu\"", "2", "2026-12-05T08:15:30Z"), "bad-visit"),
                new Case(event(UUID.randomUUID().toString(), visit, "took-photo", "\"dvc-tra-cuu\"", "2", "2026-12-05T08:15:30Z"), "unknown-kind"),
                new Case(event(UUID.randomUUID().toString(), visit, "visit-started", null, null, "2026-12-05T08:15:30Z"), "unknown-kind"),
                new Case(event(UUID.randomUUID().toString(), visit, "step-reached", "\"no-such-guide\"", "2", "2026-12-05T08:15:30Z"), "unknown-guide"),
                new Case(event(UUID.randomUUID().toString(), visit, "step-reached", null, "2", "2026-12-05T08:15:30Z"), "unknown-guide"),
                new Case(event(UUID.randomUUID().toString(), visit, "step-reached", "\"dvc-tra-cuu\"", "5", "2026-12-05T08:15:30Z"), "bad-step"),
                new Case(event(UUID.randomUUID().toString(), visit, "step-reached", "\"dvc-tra-cuu\"", "\"2\"", "2026-12-05T08:15:30Z"), "bad-step"),
                new Case(event(UUID.randomUUID().toString(), visit, "step-reached", "\"dvc-tra-cuu\"", "2", "2026-12-05 08:15"), "bad-time"),
                new Case(event(UUID.randomUUID().toString(), visit, "step-reached", "\"dvc-tra-cuu\"", "2", "2026-11-04T08:15:30Z"), "too-old"),
                new Case(event(UUID.randomUUID().toString(), visit, "step-reached", "\"dvc-tra-cuu\"", "2", "2026-12-05T08:30:00Z"), "in-future"));
        for (Case c : cases) {
            HttpResponse<String> refused = post("tra-phuong", batch(good, c.event()), device, "application/json");
            assertThat(refused.statusCode()).as(c.reason()).isEqualTo(400);
            assertThat(refused.body()).as(c.reason()).contains("\"refused\":\"" + c.reason() + "\"", "\"event\":1", "\"message\":\"");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM usage_event WHERE visit = :v").param("v", visit).query(Long.class).single())
                .as("nothing of a refused batch, not even its good event").isZero();
        assertThat(post("tra-phuong", "{\"events\":\"x\"}", device, "application/json").body()).contains("malformed");
        assertThat(post("tra-phuong", "{\"events\":[]}", device, "application/json").body()).contains("no-events");
    }

    @Test
    void too_many_events_or_too_large_a_body_are_refused() throws Exception {
        String visit = UUID.randomUUID().toString();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < KioskUsage.MOST_EVENTS + 1; i++) {
            events.add(event(UUID.randomUUID().toString(), visit, "step-reached", "\"dvc-tra-cuu\"", "1", "2026-12-05T08:15:30Z"));
        }
        HttpResponse<String> tooMany = post("tra-phuong", batch(events.toArray(String[]::new)), device, "application/json");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("too-many");
        assertThat(post("tra-phuong", batch(events.subList(0, KioskUsage.MOST_EVENTS).toArray(String[]::new)), device,
                "application/json").statusCode()).as("200 is allowed").isEqualTo(200);

        String huge = "{\"events\":[], \"pad\":\"" + "x".repeat(UsageController.MOST_BYTES) + "\"}";
        assertThat(post("tra-phuong", huge, device, "application/json").statusCode()).isEqualTo(413);
    }

    @Test
    void only_the_kiosks_own_enrolled_browser_sending_json_is_heard() throws Exception {
        String body = batch(event(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "guide-opened", "\"dvc-tra-cuu\"", "1",
                "2026-12-05T08:15:30Z"));
        assertThat(post("tra-phuong", body, null, "application/json").statusCode()).as("no device").isEqualTo(403);
        assertThat(post("tra-phuong", body, "forged", "application/json").statusCode()).as("a made-up device").isEqualTo(403);
        String vanLa = kiosks.enrol("van-la").token();
        assertThat(post("tra-phuong", body, vanLa, "application/json").statusCode()).as("another kiosk's device").isEqualTo(403);
        assertThat(post("tra-phuong", body, device, "text/plain").statusCode()).as("what a cross-site form can send").isEqualTo(415);
        assertThat(post("tra-phuong", body, device, "application/x-www-form-urlencoded").statusCode()).isEqualTo(415);
    }

    private HttpResponse<String> post(String kiosk, String body, String deviceToken, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/kiosk/" + kiosk + "/usage"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (deviceToken != null) {
            request.header("Cookie", "tramso_kiosk=" + deviceToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String batch(String... events) {
        return "{\"events\":[" + String.join(",", events) + "]}";
    }

    /** One event; guide and step as JSON values (quoted or not), or null to leave them out. */
    private static String event(String id, String visit, String kind, String guide, String step, String at) {
        return "{\"id\":\"" + id + "\",\"visit\":\"" + visit + "\",\"kind\":\"" + kind + "\""
                + (guide == null ? "" : ",\"guide\":" + guide) + (step == null ? "" : ",\"step\":" + step) + ",\"at\":\"" + at + "\"}";
    }
}
