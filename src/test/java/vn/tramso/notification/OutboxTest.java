package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    @Autowired
    OutboxSending sending;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_message_is_sent_once_when_due_and_queuing_it_twice_changes_nothing() {
        TestDatabase.CLOCK.set(NOW);
        outbox.enqueue(null, "test:once", new Message(MessageKind.BOOKING_REMINDER, "0912345678", "Xin chao", Map.of()), NOW.plusHours(1), null, 1L);
        outbox.enqueue(null, "test:once", new Message(MessageKind.BOOKING_REMINDER, "0912345678", "Xin chao lan hai", Map.of()), NOW, null, 1L);
        Recording sender = new Recording(0);
        OutboxDispatcher dispatcher = new OutboxDispatcher(sending, sender);

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
        outbox.enqueue(null, "test:fails", new Message(MessageKind.BOOKING_REMINDER, "0987654321", "Nhac hen", Map.of()), NOW, null, 1L);
        Recording sender = new Recording(Integer.MAX_VALUE);
        OutboxDispatcher dispatcher = new OutboxDispatcher(sending, sender);

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
        outbox.enqueue(null, "test:flaky", new Message(MessageKind.BOOKING_REMINDER, "0912000111", "Lan hai", Map.of()), NOW, null, 1L);
        Recording sender = new Recording(1);
        OutboxDispatcher dispatcher = new OutboxDispatcher(sending, sender);
        dispatcher.dispatchDue();
        TestDatabase.CLOCK.set(NOW.plusMinutes(1));
        dispatcher.dispatchDue();
        assertThat(outbox.byKey("test:flaky")).get().extracting(Notification::state, Notification::attempts)
                .containsExactly(NotificationState.SENT, 2);
        assertThat(sender.bodies()).containsOnlyOnce("Lan hai");
    }

    @Test
    void sent_messages_are_deleted_after_30_days_and_given_up_ones_after_60_while_waiting_ones_stay() {
        LocalDateTime start = LocalDateTime.of(2031, 3, 2, 9, 0);
        TestDatabase.CLOCK.set(start);
        outbox.enqueue(null, "test:kept-sent", new Message(MessageKind.BOOKING_REMINDER, "0912000222", "Da gui", Map.of()), start, null, 1L);
        outbox.enqueue(null, "test:kept-failed", new Message(MessageKind.BOOKING_REMINDER, "0912000333", "Khong gui duoc", Map.of()), start, null, 1L);
        outbox.enqueue(null, "test:kept-waiting", new Message(MessageKind.BOOKING_REMINDER, "0912000444", "Nhac hen sau", Map.of()), start.plusYears(1), null, 1L);
        OutboxDispatcher dispatcher = new OutboxDispatcher(sending, n -> {
            if (n.dedupeKey().equals("test:kept-failed")) {
                throw new IllegalStateException("gateway down");
            }
            return new NotificationSender.Outcome.Accepted(NotificationChannel.SMS, null);
        });
        while (outbox.byKey("test:kept-failed").orElseThrow().state() == NotificationState.PENDING) {
            TestDatabase.CLOCK.set(outbox.byKey("test:kept-failed").orElseThrow().dueAt());
            while (dispatcher.dispatchDue() > 0) {
                // the other tests' due messages too
            }
        }
        TestDatabase.CLOCK.set(start);
        assertThat(outbox.byKey("test:kept-sent")).get().extracting(Notification::state).isEqualTo(NotificationState.SENT);
        assertThat(outbox.byKey("test:kept-failed")).get().extracting(Notification::state).isEqualTo(NotificationState.FAILED);

        TestDatabase.CLOCK.set(start.plus(Outbox.SENT_KEPT).minusHours(1));
        outbox.purge();
        assertThat(outbox.byKey("test:kept-sent")).as("not yet 30 days").isPresent();

        TestDatabase.CLOCK.set(start.plus(Outbox.SENT_KEPT).plusHours(1));
        outbox.purge();
        assertThat(outbox.byKey("test:kept-sent")).as("sent 30 days ago: number and text gone").isEmpty();
        assertThat(outbox.byKey("test:kept-failed")).as("kept longer for follow-up").isPresent();

        TestDatabase.CLOCK.set(start.plus(Outbox.FAILED_KEPT).plusHours(4));
        outbox.purge();
        assertThat(outbox.byKey("test:kept-failed")).isEmpty();
        assertThat(outbox.byKey("test:kept-waiting")).as("still to be sent").isPresent();
        assertThat(Outbox.SENT_KEPT).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(Outbox.FAILED_KEPT).isEqualTo(java.time.Duration.ofDays(60));
    }

    @Test
    void a_last_attempt_whose_node_stopped_mid_send_is_given_up_when_its_lease_runs_out_not_left_pending() {
        LocalDateTime start = LocalDateTime.of(2032, 5, 3, 9, 0);
        TestDatabase.CLOCK.set(start);
        outbox.enqueue(null, "test:abandoned", new Message(MessageKind.BOOKING_REMINDER, "0912000555", "Nhac hen", Map.of()), start, null, 1L);
        long id = outbox.byKey("test:abandoned").orElseThrow().id();
        OutboxDispatcher failing = new OutboxDispatcher(sending, new Recording(Integer.MAX_VALUE));
        while (outbox.byKey("test:abandoned").orElseThrow().attempts() < Outbox.MAX_ATTEMPTS - 1) {
            failing.dispatch(id);
            TestDatabase.CLOCK.set(outbox.byKey("test:abandoned").orElseThrow().dueAt());
        }
        // The last attempt is claimed by a node that stops before it knows how the send went.
        assertThat(sending.claim(id)).isPresent();
        Notification claimed = outbox.byKey("test:abandoned").orElseThrow();
        assertThat(claimed.state()).isEqualTo(NotificationState.PENDING);
        assertThat(claimed.attempts()).isEqualTo(Outbox.MAX_ATTEMPTS);

        TestDatabase.CLOCK.set(claimed.dueAt().plusSeconds(1));
        new OutboxDispatcher(sending, new Recording(0)).dispatchDue();

        Notification n = outbox.byKey("test:abandoned").orElseThrow();
        assertThat(n.state()).isEqualTo(NotificationState.FAILED);
        assertThat(n.delivery().failureReason()).contains("never finished");
    }

    @Test
    void a_delivered_message_is_deleted_after_30_days_and_a_cancelled_one_too() {
        LocalDateTime start = LocalDateTime.of(2033, 6, 6, 9, 0);
        TestDatabase.CLOCK.set(start);
        outbox.enqueue(null, "test:delivered", new Message(MessageKind.BOOKING_REMINDER, "0912000666", "Da gui", Map.of()), start, null, 1L);
        outbox.enqueue(null, "test:cancelled", new Message(MessageKind.BOOKING_REMINDER, "0912000777", "Huy", Map.of()), start, null, 1L);
        long delivered = outbox.byKey("test:delivered").orElseThrow().id();
        new OutboxDispatcher(sending, new Recording(0)).dispatch(delivered);
        String requestId = outbox.byKey("test:delivered").orElseThrow().requestId();
        assertThat(sending.delivered(requestId)).isTrue();
        assertThat(sending.delivered(requestId)).as("a repeated receipt").isFalse();
        jdbc.sql("UPDATE notification SET state = 'CANCELLED' WHERE dedupe_key = 'test:cancelled'").update();

        TestDatabase.CLOCK.set(start.plus(Outbox.SENT_KEPT).minusHours(1));
        outbox.purge();
        assertThat(outbox.byKey("test:delivered")).get().extracting(Notification::state).isEqualTo(NotificationState.DELIVERED);
        TestDatabase.CLOCK.set(start.plus(Outbox.SENT_KEPT).plusHours(1));
        outbox.purge();
        assertThat(outbox.byKey("test:delivered")).isEmpty();
        assertThat(outbox.byKey("test:cancelled")).isEmpty();
    }

    @Test
    void in_the_quiet_hours_only_a_confirmation_just_asked_for_goes_the_rest_waits_until_seven_with_its_attempts_kept() {
        LocalDateTime evening = LocalDateTime.of(2034, 4, 11, 20, 50);
        TestDatabase.CLOCK.set(evening);
        // Written at 20:50, failed once, retried at 21:30: no longer "right then".
        outbox.enqueue(null, "quiet:old-confirmation", new Message(MessageKind.BOOKING_CONFIRMED, "0912000801", "Xac nhan cu", Map.of()),
                evening, null, 1L);
        Recording failingOnce = new Recording(1);
        new OutboxDispatcher(sending, failingOnce).dispatch(outbox.byKey("quiet:old-confirmation").orElseThrow().id());

        LocalDateTime night = LocalDateTime.of(2034, 4, 11, 21, 30);
        TestDatabase.CLOCK.set(night);
        jdbc.sql("UPDATE notification SET due_at = :night WHERE dedupe_key = 'quiet:old-confirmation'").param("night", night).update();
        outbox.enqueue(null, "quiet:confirmation", new Message(MessageKind.BOOKING_CONFIRMED, "0912000802", "Xac nhan vua dat", Map.of()),
                night, null, 1L);
        outbox.enqueue(null, "quiet:reminder", new Message(MessageKind.BOOKING_REMINDER, "0912000803", "Nhac hen dem", Map.of()),
                night.minusMinutes(5), null, 1L);
        outbox.enqueue(null, "quiet:answer", new Message(MessageKind.CONCERN_ANSWERED, "0912000804", "Tra loi y kien", Map.of()),
                night, null, 1L);
        Recording sender = new Recording(0);
        OutboxDispatcher dispatcher = new OutboxDispatcher(sending, sender);

        dispatcher.dispatchDue();

        assertThat(sender.bodies()).as("the resident just booked: the confirmation goes at 21:30").containsOnlyOnce("Xac nhan vua dat")
                .doesNotContain("Nhac hen dem", "Tra loi y kien", "Xac nhan cu");
        LocalDateTime seven = LocalDateTime.of(2034, 4, 12, 7, 0);
        for (String key : List.of("quiet:reminder", "quiet:answer", "quiet:old-confirmation")) {
            assertThat(outbox.byKey(key)).get().as(key).satisfies(n -> {
                assertThat(n.state()).isEqualTo(NotificationState.PENDING);
                assertThat(n.dueAt()).isEqualTo(seven);
            });
        }
        assertThat(outbox.byKey("quiet:reminder").orElseThrow().attempts()).as("holding is not an attempt").isZero();
        assertThat(outbox.byKey("quiet:old-confirmation").orElseThrow().attempts()).isEqualTo(1);

        TestDatabase.CLOCK.set(seven.minusMinutes(1));
        dispatcher.dispatchDue();
        assertThat(sender.bodies()).as("06:59").doesNotContain("Nhac hen dem", "Tra loi y kien", "Xac nhan cu");

        TestDatabase.CLOCK.set(seven);
        dispatcher.dispatchDue();
        assertThat(sender.bodies()).as("07:00: each held message goes once").containsOnlyOnce("Nhac hen dem", "Tra loi y kien", "Xac nhan cu");
        assertThat(outbox.byKey("quiet:old-confirmation")).get().extracting(Notification::state, Notification::attempts)
                .containsExactly(NotificationState.SENT, 2);
    }

    @Test
    void each_message_gets_a_request_id_of_its_own_even_from_a_node_of_the_previous_version_still_writing_during_the_upgrade() {
        LocalDateTime start = LocalDateTime.of(2036, 2, 4, 9, 0);
        TestDatabase.CLOCK.set(start);
        outbox.enqueue(null, "test:rid-new", new Message(MessageKind.BOOKING_REMINDER, "0912000901", "Nhac hen", Map.of()), start, null, 1L);
        for (String key : List.of("test:rid-old-1", "test:rid-old-2")) {
            // Outbox.enqueue as it was before V26: no request_id
            jdbc.sql("""
                            INSERT IGNORE INTO notification (booking_id, village_id, dedupe_key, kind, recipient, body, template_data, state,
                                                             due_at, created_at)
                            VALUES (NULL, NULL, :key, 'BOOKING_REMINDER', '0912000902', 'Nhac hen', '{}', 'PENDING', :due, :due)
                            """).param("key", key).param("due", start).update();
        }

        List<String> requestIds = List.of("test:rid-new", "test:rid-old-1", "test:rid-old-2").stream()
                .map(key -> outbox.byKey(key).orElseThrow().requestId()).toList();
        assertThat(requestIds).allSatisfy(id -> assertThat(id).matches("[0-9a-f]{32}")).doesNotHaveDuplicates();
    }

    @Test
    void quiet_hours_run_from_nine_in_the_evening_to_seven_in_the_morning() {
        assertThat(QuietHours.quiet(LocalDateTime.of(2034, 1, 1, 20, 59, 59))).isFalse();
        assertThat(QuietHours.quiet(LocalDateTime.of(2034, 1, 1, 21, 0))).isTrue();
        assertThat(QuietHours.quiet(LocalDateTime.of(2034, 1, 2, 6, 59, 59))).isTrue();
        assertThat(QuietHours.quiet(LocalDateTime.of(2034, 1, 2, 7, 0))).isFalse();
        assertThat(QuietHours.end(LocalDateTime.of(2034, 1, 1, 21, 30))).isEqualTo(LocalDateTime.of(2034, 1, 2, 7, 0));
        assertThat(QuietHours.end(LocalDateTime.of(2034, 1, 2, 0, 10))).isEqualTo(LocalDateTime.of(2034, 1, 2, 7, 0));
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
        public Outcome send(Notification n) {
            attempts++;
            if (attempts <= failures) {
                throw new IllegalStateException("gateway down");
            }
            sent.add(n);
            return new Outcome.Accepted(NotificationChannel.SMS, "sms-" + n.id());
        }

        List<String> bodies() {
            return sent.stream().map(Notification::body).toList();
        }
    }

    @Test
    void a_confirmation_a_resident_waits_for_goes_before_an_alert_queued_earlier_and_nothing_else_is_claimed_after_21_00() {
        LocalDateTime evening = LocalDateTime.of(2026, 11, 24, 20, 59, 50);
        TestDatabase.CLOCK.set(evening.minusMinutes(5));
        String tag = String.valueOf(System.nanoTime());
        String subscriber = "0911" + tag.substring(tag.length() - 6);
        jdbc.sql("""
                        INSERT INTO message_choice (phone, topic, granted, commune_id, via, wording, recorded_at)
                        VALUES (:p, 'ALERTS', TRUE, 1, 'KIOSK', 'dong y', :at)""").param("p", subscriber).param("at", evening.minusHours(1))
                .update();
        outbox.enqueue(null, "test:alert-first:" + tag, new Message(MessageKind.SCAM_ALERT, subscriber, "Canh bao", Map.of()),
                evening.minusMinutes(5), null, 1L);
        TestDatabase.CLOCK.set(evening);
        outbox.enqueue(null, "test:confirm-first:" + tag, new Message(MessageKind.BOOKING_CONFIRMED, "0912000111", "Da hen", Map.of()),
                evening, null, 1L);
        outbox.enqueue(null, "test:remind-late:" + tag, new Message(MessageKind.BOOKING_REMINDER, "0912000112", "Nhac", Map.of()),
                evening, null, 1L);
        long confirm = outbox.byKey("test:confirm-first:" + tag).orElseThrow().id();
        long alert = outbox.byKey("test:alert-first:" + tag).orElseThrow().id();
        long remind = outbox.byKey("test:remind-late:" + tag).orElseThrow().id();

        List<Long> due = sending.due(10_000);
        assertThat(due.indexOf(confirm)).as("the confirmation first").isLessThan(due.indexOf(alert));

        TestDatabase.CLOCK.set(evening.plusSeconds(20)); // the round that read them runs past 21:00
        assertThat(sending.claim(remind)).as("a reminder waits for 07:00").isEmpty();
        assertThat(sending.claim(confirm)).as("the confirmation asked for right then still goes").isPresent();
    }
}
