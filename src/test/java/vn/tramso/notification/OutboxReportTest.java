package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.notification.NotificationSender.Outcome;
import vn.tramso.notification.OutboxReport.Line;
import vn.tramso.notification.OutboxReport.Status;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * The leaders' outbox: a leader sees their commune's villages only, the phone's last 3 digits only,
 * the reason of a failure in words; sends a failed message again (once, as a new message) and stops
 * a waiting one, and no row is left stuck.
 */
@IntegrationTest
class OutboxReportTest {

    static final String PHONE = "0912 345 678";

    @Autowired
    OutboxReport report;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSending sending;
    @Autowired
    TestStaff staff;
    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;

    private Village tra;
    private LocalDate day;

    @BeforeEach
    void aLeaderOfAnotherCommune() {
        tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        jdbc.sql("""
                INSERT IGNORE INTO user_account (username, display_name, password_hash, role, province_id, commune_id, created_at)
                SELECT 'lanhdao.nhuquynh', 'Lãnh đạo xã Như Quỳnh', '{noop}x', 'LEADER', province_id, id, NOW() FROM commune WHERE code = 'HY-NQ'
                """).update();
        day = LocalDate.of(2035, 3, 1).plusDays(System.nanoTime() % 300);
        TestDatabase.CLOCK.set(day.atTime(9, 0));
    }

    @Test
    void a_leader_sees_each_message_of_their_villages_with_the_last_three_digits_and_the_reason_in_words() {
        long failed = message("blocked", day.atTime(9, 0));
        long waiting = message("tonight", day.atTime(18, 0));
        long delivered = message("delivered", day.atTime(9, 0));
        new OutboxDispatcher(sending, n -> new Outcome.GiveUp("eSMS 99 : number blocked")).dispatch(failed);
        new OutboxDispatcher(sending, n -> new Outcome.Accepted(NotificationChannel.SMS, "sms-1")).dispatch(delivered);
        sending.delivered(outbox.byId(delivered).orElseThrow().requestId());

        List<Line> lines = staff.as("lanhdao.hongquang", () -> report.day(null, day));

        assertThat(lines).extracting(Line::id).contains(failed, waiting, delivered);
        assertThat(line(lines, failed)).satisfies(l -> {
            assertThat(l.status()).isEqualTo(Status.FAILED);
            assertThat(l.reason()).isEqualTo(FailureReason.NUMBER_BLOCKED);
            assertThat(l.phoneEnd()).isEqualTo("678");
            assertThat(l.villageName()).isEqualTo(tra.name());
            assertThat(l.retryable()).isTrue();
        });
        assertThat(line(lines, waiting).status()).isEqualTo(Status.QUEUED);
        assertThat(line(lines, delivered)).extracting(Line::status, Line::via).containsExactly(Status.DELIVERED, NotificationChannel.SMS);
        assertThat(lines.toString()).as("never the whole number").doesNotContain("0912", "345 678", "345678");
        assertThat(staff.as("lanhdao.hongquang", () -> report.day(tra.id(), day))).extracting(Line::id).contains(failed);
    }

    @Test
    void a_leader_of_another_commune_sees_nothing_of_this_one_and_can_neither_retry_nor_cancel_it() {
        long failed = message("other-failed", day.atTime(9, 0));
        long waiting = message("other-waiting", day.atTime(18, 0));
        new OutboxDispatcher(sending, n -> new Outcome.GiveUp("eSMS 108 : not a phone number eSMS accepts")).dispatch(failed);

        assertThat(staff.as("lanhdao.nhuquynh", () -> report.day(null, day))).extracting(Line::id).doesNotContain(failed, waiting);
        assertThat(staff.as("lanhdao.nhuquynh", () -> report.villages())).extracting(Village::id).doesNotContain(tra.id());
        assertThatThrownBy(() -> staff.as("lanhdao.nhuquynh", () -> report.day(tra.id(), day))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("lanhdao.nhuquynh", () -> report.retry(failed))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("lanhdao.nhuquynh", () -> report.cancel(waiting))).isInstanceOf(AccessDeniedException.class);
        assertThat(outbox.byId(waiting).orElseThrow().state()).isEqualTo(NotificationState.PENDING);
        assertThat(outbox.byKey("retry:" + failed)).isEmpty();
    }

    @Test
    void a_failed_message_is_sent_again_once_as_a_new_message_and_a_waiting_one_is_stopped() {
        long failed = message("retry", day.atTime(9, 0));
        long waiting = message("cancel", day.atTime(18, 0));
        new OutboxDispatcher(sending, n -> new Outcome.GiveUp("eSMS SendStatus 5 (not delivered)")).dispatch(failed);

        assertThat(staff.as("lanhdao.hongquang", () -> report.retry(failed))).isTrue();
        assertThat(staff.as("lanhdao.hongquang", () -> report.retry(failed))).as("a second tap changes nothing").isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE dedupe_key = :k").param("k", "retry:" + failed)
                .query(Integer.class).single()).isEqualTo(1);
        Notification again = outbox.byKey("retry:" + failed).orElseThrow();
        assertThat(again.id()).as("a new RequestId for eSMS").isNotEqualTo(failed);
        assertThat(again.state()).isEqualTo(NotificationState.PENDING);
        assertThat(again.attempts()).isZero();
        assertThat(again.body()).isEqualTo(outbox.byId(failed).orElseThrow().body());
        new OutboxDispatcher(sending, n -> new Outcome.Accepted(NotificationChannel.SMS, "sms-2")).dispatch(again.id());
        assertThat(outbox.byId(again.id()).orElseThrow().state()).as("not stuck: it went").isEqualTo(NotificationState.SENT);
        assertThat(staff.as("lanhdao.hongquang", () -> report.day(tra.id(), day))).extracting(Line::id).contains(again.id());

        assertThat(staff.as("lanhdao.hongquang", () -> report.cancel(waiting))).isTrue();
        assertThat(outbox.byId(waiting).orElseThrow().state()).isEqualTo(NotificationState.CANCELLED);
        assertThat(staff.as("lanhdao.hongquang", () -> report.cancel(waiting))).as("already stopped").isFalse();
        assertThat(staff.as("lanhdao.hongquang", () -> report.cancel(again.id()))).as("already gone").isFalse();
        assertThat(staff.as("lanhdao.hongquang", () -> report.retry(again.id()))).as("only a failed one").isFalse();
        TestDatabase.CLOCK.set(day.atTime(18, 1));
        new OutboxDispatcher(sending, n -> new Outcome.Accepted(NotificationChannel.SMS, "sms-3")).dispatch(waiting);
        assertThat(outbox.byId(waiting).orElseThrow().state()).as("a cancelled message is not sent").isEqualTo(NotificationState.CANCELLED);
    }

    @Test
    void a_message_held_for_the_quiet_hours_shows_as_waiting_for_seven() {
        TestDatabase.CLOCK.set(day.atTime(21, 30));
        long held = message("held", day.atTime(21, 30));
        new OutboxDispatcher(sending, n -> new Outcome.Accepted(NotificationChannel.SMS, "x")).dispatchDue();

        Line line = line(staff.as("lanhdao.hongquang", () -> report.day(tra.id(), day)), held);
        assertThat(line.status()).isEqualTo(Status.HELD);
        assertThat(line.at()).isEqualTo(day.plusDays(1).atTime(7, 0));
        assertThat(line.cancellable()).isTrue();
    }

    private long message(String key, LocalDateTime due) {
        String dedupe = "report:" + key + ":" + System.nanoTime();
        outbox.enqueue(null, dedupe, new Message(MessageKind.BOOKING_REMINDER, PHONE, "Tram So: nhac hen " + key, Map.of()), due, tra.id(),
                tra.communeId());
        return outbox.byKey(dedupe).orElseThrow().id();
    }

    private static Line line(List<Line> lines, long id) {
        return lines.stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }
}
