package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;

/** The outbox against MariaDB: sending, bounded retries with back-off, and no double sends. */
@IntegrationTest
class OutboxTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

    @Autowired
    Outbox outbox;

    @Test
    void a_message_is_sent_once_when_due_and_queuing_it_twice_changes_nothing() {
        TestDatabase.CLOCK.set(NOW);
        outbox.enqueue(null, "test:once", NotificationChannel.SMS, "0912345678", "Xin chao", NOW.plusHours(1), 1L);
        outbox.enqueue(null, "test:once", NotificationChannel.SMS, "0912345678", "Xin chao lan hai", NOW, 1L);
        Recording sender = new Recording(0);
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, sender);

        dispatcher.dispatchDue();
        assertThat(sender.bodies()).as("not due yet").doesNotContain("Xin chao");

        TestDatabase.CLOCK.set(NOW.plusHours(1));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        assertThat(sender.bodies()).containsOnlyOnce("Xin chao");
        assertThat(outbox.byKey("test:once")).get().satisfies(n -> {
            assertThat(n.state()).isEqualTo(NotificationState.SENT);
            assertThat(n.attempts()).isEqualTo(1);
        });
    }

    @Test
    void a_failing_gateway_is_retried_with_growing_delays_then_given_up_after_five_attempts() {
        TestDatabase.CLOCK.set(NOW);
        outbox.enqueue(null, "test:fails", NotificationChannel.ZALO, "0987654321", "Nhac hen", NOW, 1L);
        Recording sender = new Recording(Integer.MAX_VALUE);
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, sender);

        LocalDateTime clock = NOW;
        List<LocalDateTime> retries = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            dispatcher.dispatchDue();
            Notification n = outbox.byKey("test:fails").orElseThrow();
            if (n.state() != NotificationState.PENDING) {
                break;
            }
            retries.add(n.dueAt());
            clock = n.dueAt();
            TestDatabase.CLOCK.set(clock);
        }
        Notification n = outbox.byKey("test:fails").orElseThrow();
        assertThat(n.state()).isEqualTo(NotificationState.FAILED);
        assertThat(n.attempts()).isEqualTo(Outbox.MAX_ATTEMPTS);
        assertThat(n.lastError()).contains("gateway down");
        assertThat(sender.attempts).isEqualTo(Outbox.MAX_ATTEMPTS);
        assertThat(retries).containsExactly(NOW.plusMinutes(1), NOW.plusMinutes(6), NOW.plusMinutes(36), NOW.plusMinutes(156));
    }

    @Test
    void a_message_that_fails_once_is_sent_on_the_retry() {
        TestDatabase.CLOCK.set(NOW);
        outbox.enqueue(null, "test:flaky", NotificationChannel.SMS, "0912000111", "Lan hai", NOW, 1L);
        Recording sender = new Recording(1);
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, sender);
        dispatcher.dispatchDue();
        TestDatabase.CLOCK.set(NOW.plusMinutes(1));
        dispatcher.dispatchDue();
        assertThat(outbox.byKey("test:flaky")).get().extracting(Notification::state, Notification::attempts)
                .containsExactly(NotificationState.SENT, 2);
        assertThat(sender.bodies()).containsOnlyOnce("Lan hai");
    }

    /** A gateway that fails the first {@code failures} calls, and records what it sent. */
    static final class Recording implements NotificationSender {

        private final int failures;
        private final List<Notification> sent = new ArrayList<>();
        int attempts;

        Recording(int failures) {
            this.failures = failures;
        }

        @Override
        public void send(Notification n) {
            attempts++;
            if (attempts <= failures) {
                throw new IllegalStateException("gateway down");
            }
            sent.add(n);
        }

        List<String> bodies() {
            return sent.stream().map(Notification::body).toList();
        }
    }
}
