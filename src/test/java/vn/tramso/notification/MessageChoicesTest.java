package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.notification.MessageChoice.Topic;
import vn.tramso.notification.MessageChoice.Via;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/** Residents' choices about messages: consent to alerts given and withdrawn, refusals, and the record kept. */
@IntegrationTest
class MessageChoicesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 10, 9, 0);

    @Autowired
    MessageChoices choices;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSending sending;
    @Autowired
    Places places;
    @Autowired
    TestStaff staff;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static String newPhone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void consent_at_the_kiosk_makes_a_subscriber_of_the_kiosks_commune_until_withdrawn_or_refused_and_every_choice_is_kept() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        Village vanLa = places.village("HN-HV-VAN-LA").orElseThrow();
        String phone = newPhone();
        TestDatabase.CLOCK.set(NOW);

        choices.atKiosk(7L, tra.id(), phone, Topic.ALERTS, true);
        assertThat(subscribers(tra.communeId())).contains(phone);
        assertThat(subscribers(vanLa.communeId())).as("another commune").doesNotContain(phone);

        TestDatabase.CLOCK.set(NOW.plusMinutes(5));
        choices.atKiosk(7L, tra.id(), phone, Topic.ALL, false);
        assertThat(subscribers(tra.communeId())).as("a refusal of every message stops the alerts too").doesNotContain(phone);

        TestDatabase.CLOCK.set(NOW.plusMinutes(10));
        staff.run("tnv.traphuong", () -> choices.byVolunteer(tra.id(), phone, Topic.ALL, true));
        assertThat(subscribers(tra.communeId())).as("accepted again: the earlier consent counts again").contains(phone);

        TestDatabase.CLOCK.set(NOW.plusMinutes(15));
        choices.atKiosk(7L, tra.id(), phone, Topic.ALERTS, false);
        assertThat(subscribers(tra.communeId())).as("withdrawn").doesNotContain(phone);

        assertThat(staff.as("tnv.traphuong", () -> choices.of(phone))).extracting(MessageChoice::topic, MessageChoice::granted,
                        MessageChoice::via)
                .as("the record, newest first")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Topic.ALERTS, false, Via.KIOSK),
                        org.assertj.core.groups.Tuple.tuple(Topic.ALL, true, Via.VOLUNTEER),
                        org.assertj.core.groups.Tuple.tuple(Topic.ALL, false, Via.KIOSK),
                        org.assertj.core.groups.Tuple.tuple(Topic.ALERTS, true, Via.KIOSK));
        assertThat(staff.as("tnv.traphuong", () -> choices.of(phone)).getLast().wording())
                .as("the sentence the resident agreed to").contains("cảnh báo lừa đảo của Xã Hồng Quang").contains("thôi nhận");
        assertThat(staff.as("tnv.vanla", () -> choices.of(phone))).as("another commune's volunteer sees no alert choice of Hồng Quang")
                .extracting(MessageChoice::topic).containsOnly(Topic.ALL);
    }

    @Test
    void a_refusal_cancels_the_waiting_messages_and_keeps_new_ones_out_except_a_booking_confirmation_asked_for_right_then() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        String phone = newPhone();
        TestDatabase.CLOCK.set(NOW);
        outbox.enqueue(null, "test:refuse:" + phone, new Message(MessageKind.BOOKING_REMINDER, phone, "Nhac hen", Map.of()),
                NOW.plusDays(1), tra.id(), tra.communeId());

        choices.atKiosk(7L, tra.id(), phone, Topic.ALL, false);

        assertThat(outbox.byKey("test:refuse:" + phone)).get().extracting(Notification::state).isEqualTo(NotificationState.CANCELLED);
        assertThat(choices.refusesAll(phone)).isTrue();
        assertThat(outbox.enqueue(null, "test:refuse2:" + phone, new Message(MessageKind.CONCERN_ANSWERED, phone, "Tra loi", Map.of()),
                NOW, tra.id(), tra.communeId())).as("not queued").isFalse();
        assertThat(outbox.byKey("test:refuse2:" + phone)).isEmpty();
        assertThat(outbox.enqueue(null, "test:refuse3:" + phone, new Message(MessageKind.BOOKING_CONFIRMED, phone, "Da hen", Map.of()),
                NOW, tra.id(), tra.communeId())).as("the confirmation of the booking being made").isTrue();
    }

    @Test
    void a_consent_is_confirmed_to_the_phone_once_a_day_even_at_night() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        String phone = newPhone();
        TestDatabase.CLOCK.set(NOW.withHour(21).withMinute(30));
        choices.atKiosk(7L, tra.id(), phone, Topic.ALERTS, true);
        choices.atKiosk(7L, tra.id(), phone, Topic.ALERTS, false);
        choices.atKiosk(7L, tra.id(), phone, Topic.ALERTS, true);

        String key = "alerts-joined:" + tra.communeId() + ":" + choices.phoneKey(phone) + ":" + NOW.toLocalDate();
        assertThat(key).as("no phone in clear in a key the logs print").doesNotContain(phone.substring(3));
        assertThat(outbox.byKey(key)).get().satisfies(n -> {
            assertThat(n.message().kind()).isEqualTo(MessageKind.ALERTS_JOINED);
            assertThat(n.body()).contains("canh bao lua dao cua Xa Hong Quang").contains("TC gui 8079");
        });
        assertThat(outbox.countsByState("alerts-joined:" + tra.communeId() + ":" + choices.phoneKey(phone) + ":", null).values())
                .containsExactly(1);
        sending.holdForQuietHours();
        assertThat(outbox.byKey(key).orElseThrow().dueAt()).as("asked right then: not held for the night")
                .isEqualTo(NOW.withHour(21).withMinute(30));
    }

    @Test
    void what_waits_is_checked_again_before_it_goes_a_withdrawal_cancels_the_communes_alerts_and_a_refusal_after_queuing_stops_it() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        String phone = newPhone();
        TestDatabase.CLOCK.set(NOW);
        choices.atKiosk(8L, tra.id(), phone, Topic.ALERTS, true);
        outbox.enqueue(null, "test:alert:" + phone, new Message(MessageKind.SCAM_ALERT, phone, "Canh bao", Map.of()), NOW.plusHours(1),
                tra.id(), tra.communeId());
        outbox.enqueue(null, "test:remind:" + phone, new Message(MessageKind.BOOKING_REMINDER, phone, "Nhac hen", Map.of()),
                NOW.plusHours(1), tra.id(), tra.communeId());

        choices.atKiosk(8L, tra.id(), phone, Topic.ALERTS, false);
        assertThat(outbox.byKey("test:alert:" + phone)).get().extracting(Notification::state).as("the commune's alert stops")
                .isEqualTo(NotificationState.CANCELLED);
        assertThat(outbox.byKey("test:remind:" + phone)).get().extracting(Notification::state).as("a reminder does not")
                .isEqualTo(NotificationState.PENDING);
        assertThat(outbox.enqueue(null, "test:alert2:" + phone, new Message(MessageKind.SCAM_ALERT, phone, "Canh bao", Map.of()),
                NOW, tra.id(), tra.communeId())).as("no new alert after the withdrawal").isFalse();

        // a reminder queued, then a refusal the enqueue's transaction could not see: the dispatcher checks again
        jdbc.sql("INSERT INTO message_choice (phone, topic, granted, via, wording, recorded_at) VALUES (:p, 'ALL', FALSE, 'KIOSK', 'x', :at)")
                .param("p", phone).param("at", NOW.plusMinutes(1)).update();
        TestDatabase.CLOCK.set(NOW.plusHours(1));
        Recording sender = new Recording();
        new OutboxDispatcher(sending, sender).dispatch(outbox.byKey("test:remind:" + phone).orElseThrow().id());
        assertThat(sender.sent).as("nothing sent").isEmpty();
        assertThat(outbox.byKey("test:remind:" + phone)).get().satisfies(n -> {
            assertThat(n.state()).isEqualTo(NotificationState.CANCELLED);
            assertThat(n.delivery().failureReason()).isEqualTo("refused by the resident");
        });
    }

    @Test
    void a_consent_after_a_refusal_counts_for_the_alerts_the_same_way_for_the_list_and_the_outbox() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        String phone = newPhone();
        TestDatabase.CLOCK.set(NOW);
        choices.atKiosk(9L, tra.id(), phone, Topic.ALL, false);
        TestDatabase.CLOCK.set(NOW.plusMinutes(1));
        choices.atKiosk(9L, tra.id(), phone, Topic.ALERTS, true);

        assertThat(subscribers(tra.communeId())).contains(phone);
        assertThat(outbox.enqueue(null, "test:after-refusal:" + phone, new Message(MessageKind.SCAM_ALERT, phone, "Canh bao", Map.of()),
                NOW.plusMinutes(1), tra.id(), tra.communeId())).as("the later, explicit consent to alerts").isTrue();
        assertThat(outbox.enqueue(null, "test:after-refusal-remind:" + phone, new Message(MessageKind.BOOKING_REMINDER, phone, "Nhac",
                Map.of()), NOW.plusMinutes(1), tra.id(), tra.communeId())).as("still no other message").isFalse();
    }

    @Test
    void one_kiosk_records_at_most_ten_choices_an_hour() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        long device = 1_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        TestDatabase.CLOCK.set(NOW);
        for (int i = 0; i < MessageChoices.KIOSK_CHOICES_PER_HOUR; i++) {
            assertThat(choices.atKiosk(device, tra.id(), newPhone(), Topic.ALERTS, true)).isTrue();
        }
        String eleventh = newPhone();
        assertThat(choices.atKiosk(device, tra.id(), eleventh, Topic.ALERTS, true)).isFalse();
        assertThat(subscribers(tra.communeId())).doesNotContain(eleventh);
        TestDatabase.CLOCK.set(NOW.plusHours(1));
        assertThat(choices.atKiosk(device, tra.id(), eleventh, Topic.ALERTS, true)).as("the next hour").isTrue();
    }

    /** Records what it was asked to send, and takes everything. */
    static class Recording implements NotificationSender {
        final java.util.List<Notification> sent = new java.util.ArrayList<>();

        @Override
        public Outcome send(Notification n) {
            sent.add(n);
            return new Outcome.Accepted(NotificationChannel.LOG, null);
        }
    }

    @Test
    void a_volunteer_records_choices_only_for_their_own_village_and_a_bad_phone_is_refused() {
        Village vanLa = places.village("HN-HV-VAN-LA").orElseThrow();
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        assertThatThrownBy(() -> staff.run("tnv.traphuong", () -> choices.byVolunteer(vanLa.id(), newPhone(), Topic.ALERTS, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("tnv.traphuong", () -> choices.byVolunteer(tra.id(), "12345", Topic.ALERTS, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private java.util.List<String> subscribers(long communeId) {
        return choices.alertSubscribers(communeId).stream().map(MessageChoices.Subscriber::phone).toList();
    }
}
