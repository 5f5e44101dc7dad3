package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.ManagementPort;

/** The outbox's backlog as a Prometheus scrape shows it: messages due and not sent, and how long the oldest waits. */
@IntegrationTest
class OutboxMetricsTest {

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ManagementPort management;

    @Test
    void a_message_due_an_hour_ago_and_not_sent_is_pending_and_the_oldest_is_at_least_an_hour_old() {
        long commune = jdbc.sql("SELECT id FROM commune WHERE code = 'HY-HQ'").query(Long.class).single();
        double pending = management.metric("tramso_outbox_pending");

        outbox.enqueue(null, "metrics-late-" + System.nanoTime(), new Message(MessageKind.BOOKING_REMINDER, "0912345678", "Nhắc lịch", Map.of()),
                LocalDateTime.now().minusHours(1), null, commune);
        outbox.enqueue(null, "metrics-tomorrow-" + System.nanoTime(), new Message(MessageKind.BOOKING_REMINDER, "0912345678", "Nhắc lịch", Map.of()),
                LocalDateTime.now().plusDays(1), null, commune); // not due yet: not pending

        assertThat(management.awaitMetric(v -> v != pending, "tramso_outbox_pending")).isEqualTo(pending + 1);
        assertThat(management.metric("tramso_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(3600);
    }
}
