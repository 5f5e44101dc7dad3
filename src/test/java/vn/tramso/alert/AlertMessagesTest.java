package vn.tramso.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.QuotaStore;
import vn.tramso.notification.MessageChoice.Topic;
import vn.tramso.notification.MessageChoices;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.NotificationState;
import vn.tramso.notification.Outbox;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/** A scam alert sent by message to the residents who agreed: who is reached, once, within the budget, with figures after. */
@IntegrationTest
class AlertMessagesTest {

    @Autowired
    Alerts alerts;
    @Autowired
    AlertMessages messages;
    @Autowired
    MessageChoices choices;
    @Autowired
    Outbox outbox;
    @Autowired
    QuotaStore quotas;
    @Autowired
    Places places;
    @Autowired
    TestStaff staff;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void an_alert_goes_once_to_each_consenting_resident_of_the_communes_the_sender_covers_and_never_to_one_who_withdrew() {
        LocalDateTime now = LocalDateTime.of(2027, 4, 5, 9, 0);
        TestDatabase.CLOCK.set(now);
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        Village dinhDu = places.village("HY-NQ-DINH-DU").orElseThrow();
        String a = phone(), b = phone(), gone = phone(), other = phone();
        long alert = staff.as("tinh.hungyen", () -> alerts.publish("Giả danh ngân hàng", "Ngân hàng không bao giờ nhắn tin xin mã OTP.",
                null, now.plusDays(3), List.of(tra.communeId(), dinhDu.communeId()), null));
        int before = staff.as("lanhdao.hongquang", () -> messages.preview(alert)).residents();
        choices.atKiosk(1L, tra.id(), a, Topic.ALERTS, true);
        staff.run("tnv.traphuong", () -> choices.byVolunteer(tra.id(), b, Topic.ALERTS, true));
        choices.atKiosk(1L, tra.id(), gone, Topic.ALERTS, true);
        choices.atKiosk(1L, tra.id(), gone, Topic.ALERTS, false);
        choices.atKiosk(1L, dinhDu.id(), other, Topic.ALERTS, true);

        AlertMessages.Preview preview = staff.as("lanhdao.hongquang", () -> messages.preview(alert));
        assertThat(preview.communes()).as("a leader sees their own commune only").singleElement()
                .satisfies(c -> assertThat(c.communeId()).isEqualTo(tra.communeId()));
        assertThat(preview.residents()).isEqualTo(before + 2);
        assertThat(preview.smsText()).startsWith("Canh bao lua dao - Xa Hong Quang: Gia danh ngan hang.").endsWith("TC gui 8079.");
        assertThat(preview.smsParts()).isEqualTo(1);

        int queued = staff.as("lanhdao.hongquang", () -> messages.send(alert));
        int again = staff.as("lanhdao.hongquang", () -> messages.send(alert));

        assertThat(queued).isEqualTo(preview.wouldQueue()).isGreaterThanOrEqualTo(2);
        assertThat(again).as("pressed twice: nobody gets it twice").isZero();
        assertThat(messageTo(alert, tra, a)).get().satisfies(n -> assertThat(n.message().kind()).isEqualTo(MessageKind.SCAM_ALERT));
        assertThat(messageTo(alert, tra, b)).isPresent();
        assertThat(messageTo(alert, tra, gone)).as("withdrew").isEmpty();
        assertThat(messageTo(alert, dinhDu, other)).as("not the leader's commune").isEmpty();
        assertThat(staff.as("lanhdao.hongquang", () -> messages.figures(alert))).containsEntry(NotificationState.PENDING, queued);

        int provinceQueued = staff.as("tinh.hungyen", () -> messages.send(alert));
        assertThat(messageTo(alert, dinhDu, other)).as("the province admin covers Như Quỳnh").isPresent();
        assertThat(total(staff.as("lanhdao.hongquang", () -> messages.figures(alert)))).as("Hồng Quang got nothing twice").isEqualTo(queued);
        assertThat(total(staff.as("tinh.hungyen", () -> messages.figures(alert)))).as("the province admin sees both communes")
                .isEqualTo(queued + provinceQueued);
    }

    @Test
    void the_budget_left_today_caps_what_goes_and_the_rest_can_go_tomorrow() {
        LocalDateTime now = LocalDateTime.of(2027, 4, 20, 10, 0);
        TestDatabase.CLOCK.set(now);
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        choices.atKiosk(1L, tra.id(), phone(), Topic.ALERTS, true);
        choices.atKiosk(1L, tra.id(), phone(), Topic.ALERTS, true);
        long alert = staff.as("lanhdao.hongquang", () -> alerts.publish("Lừa đảo việc nhẹ lương cao", "Không chuyển tiền để nhận việc.",
                null, now.plusDays(3), List.of(tra.communeId()), null));
        int reserve = AlertMessages.reserve(outbox.dailyBudget(tra.communeId()));
        while (outbox.budgetLeftToday(tra.communeId()) > reserve + 1) {
            quotas.take("messages", String.valueOf(tra.communeId()), now.toLocalDate().atStartOfDay(), 300);
        }
        AlertMessages.Preview preview = staff.as("lanhdao.hongquang", () -> messages.preview(alert));
        assertThat(preview.communes().getFirst().budgetLeft()).isEqualTo(reserve + 1);
        assertThat(preview.communes().getFirst().reserved()).as("kept for booking messages").isEqualTo(reserve);
        assertThat(preview.wouldQueue()).isEqualTo(1);
        assertThat(staff.as("lanhdao.hongquang", () -> messages.send(alert))).isEqualTo(1);

        TestDatabase.CLOCK.set(now.plusDays(1));
        int tomorrow = staff.as("lanhdao.hongquang", () -> messages.send(alert));
        assertThat(tomorrow).as("the residents left out yesterday").isEqualTo(preview.communes().getFirst().residents() - 1);
    }

    @Test
    void withdrawing_an_alert_stops_its_messages_not_sent_yet() {
        LocalDateTime now = LocalDateTime.of(2027, 4, 28, 21, 10);
        TestDatabase.CLOCK.set(now);
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        String phone = phone();
        choices.atKiosk(2L, tra.id(), phone, Topic.ALERTS, true);
        long alert = staff.as("lanhdao.hongquang", () -> alerts.publish("Sai nội dung", "Cảnh báo đăng nhầm.", null, now.plusDays(2),
                List.of(tra.communeId()), null));
        staff.run("lanhdao.hongquang", () -> messages.send(alert));
        assertThat(messageTo(alert, tra, phone)).get().extracting(vn.tramso.notification.Notification::state)
                .isEqualTo(NotificationState.PENDING);

        staff.run("lanhdao.hongquang", () -> alerts.withdraw(alert));

        assertThat(messageTo(alert, tra, phone)).get().extracting(vn.tramso.notification.Notification::state)
                .as("not at 07:00 either").isEqualTo(NotificationState.CANCELLED);
    }

    @Test
    void an_alert_older_than_28_days_is_not_sent_by_message_any_more() {
        LocalDateTime start = LocalDateTime.of(2027, 5, 1, 9, 0);
        TestDatabase.CLOCK.set(start);
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        long alert = staff.as("lanhdao.hongquang", () -> alerts.publish("Cảnh báo dài ngày", "Cẩn thận cuộc gọi lạ.", null,
                start.plusDays(60), List.of(tra.communeId()), null));
        TestDatabase.CLOCK.set(start.plusDays(29));
        assertThatThrownBy(() -> staff.run("lanhdao.hongquang", () -> messages.send(alert)))
                .isInstanceOfSatisfying(AlertRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AlertRefusedException.Reason.TOO_OLD_TO_SEND));
    }

    @Test
    void only_an_alert_showing_now_is_sent_and_a_volunteer_cannot_send() {
        LocalDateTime now = LocalDateTime.of(2027, 4, 25, 10, 0);
        TestDatabase.CLOCK.set(now);
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        long alert = staff.as("lanhdao.hongquang", () -> alerts.publish("Cuộc gọi giả", "Cúp máy khi người lạ hỏi mã OTP.",
                null, now.plusDays(1), List.of(tra.communeId()), null));
        assertThatThrownBy(() -> staff.run("tnv.traphuong", () -> messages.send(alert))).isInstanceOf(AccessDeniedException.class);
        staff.run("lanhdao.hongquang", () -> alerts.withdraw(alert));
        assertThatThrownBy(() -> staff.run("lanhdao.hongquang", () -> messages.send(alert)))
                .isInstanceOfSatisfying(AlertRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AlertRefusedException.Reason.NOT_SHOWING));
    }

    private java.util.Optional<vn.tramso.notification.Notification> messageTo(long alert, Village village, String phone) {
        return outbox.byKey("alert:" + alert + ":" + choices.phoneKey(phone))
                .filter(n -> jdbc.sql("SELECT commune_id FROM notification WHERE id = :id").param("id", n.id()).query(Long.class).single()
                        == village.communeId());
    }

    private static int total(java.util.Map<NotificationState, Integer> figures) {
        return figures.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String phone() {
        return "03" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
