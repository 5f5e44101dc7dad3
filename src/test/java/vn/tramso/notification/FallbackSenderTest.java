package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;
import vn.tramso.notification.NotificationSender.Outcome;

/** The channel order, and the pin that keeps a message whose outcome is unknown on its channel. */
class FallbackSenderTest {

    final List<NotificationChannel> asked = new ArrayList<>();

    NotificationSender channel(NotificationChannel name, Outcome outcome) {
        return n -> {
            asked.add(name);
            return outcome;
        };
    }

    static FallbackSender zaloThenSms(NotificationSender zalo, NotificationSender sms) {
        SequencedMap<NotificationChannel, NotificationSender> channels = new LinkedHashMap<>();
        channels.put(NotificationChannel.ZALO, zalo);
        channels.put(NotificationChannel.SMS, sms);
        return new FallbackSender(channels);
    }

    static Notification message(NotificationChannel pinned) {
        return new Notification(7, Outbox.newRequestId(), null, "fallback-7", new Message(MessageKind.BOOKING_REMINDER, "0912345678",
                "Tram So: hen", Map.of()), NotificationState.PENDING, LocalDateTime.of(2027, 1, 4, 9, 0), 1, null, null, pinned,
                new Notification.Delivery(null, null, null, null));
    }

    @Test
    void an_sms_whose_outcome_is_unknown_after_zalo_fell_through_names_sms_for_the_pin() {
        FallbackSender sender = zaloThenSms(channel(NotificationChannel.ZALO, new Outcome.Unreachable("Zalo -115 out of quota")),
                channel(NotificationChannel.SMS, new Outcome.RetryLater("eSMS's answer lost")));

        assertThat(sender.send(message(null))).isEqualTo(new Outcome.RetryLater("eSMS's answer lost", NotificationChannel.SMS));
        assertThat(asked).containsExactly(NotificationChannel.ZALO, NotificationChannel.SMS);
    }

    @Test
    void a_channel_that_throws_may_have_sent_so_it_is_named_for_the_pin_too() {
        FallbackSender sender = zaloThenSms(n -> {
            throw new IllegalStateException("Zalo's answer not JSON");
        }, channel(NotificationChannel.SMS, new Outcome.Accepted(NotificationChannel.SMS, "sms-1")));

        assertThat(sender.send(message(null))).isInstanceOfSatisfying(Outcome.RetryLater.class,
                retry -> assertThat(retry.on()).isEqualTo(NotificationChannel.ZALO));
        assertThat(asked).as("SMS not tried: Zalo may have carried it").isEmpty();
    }

    @Test
    void a_message_pinned_to_sms_goes_by_sms_only_whatever_the_order() {
        FallbackSender sender = zaloThenSms(channel(NotificationChannel.ZALO, new Outcome.Accepted(NotificationChannel.ZALO, "zalo-1")),
                channel(NotificationChannel.SMS, new Outcome.Accepted(NotificationChannel.SMS, "sms-1")));

        assertThat(sender.send(message(NotificationChannel.SMS))).isEqualTo(new Outcome.Accepted(NotificationChannel.SMS, "sms-1"));
        assertThat(sender.send(message(NotificationChannel.SMS), List.of(NotificationChannel.ZALO)))
                .isEqualTo(new Outcome.Accepted(NotificationChannel.SMS, "sms-1"));
        assertThat(asked).containsOnly(NotificationChannel.SMS);
    }

    @Test
    void a_message_pinned_to_zalo_that_zalo_now_cannot_reach_is_given_up_not_sent_by_sms() {
        FallbackSender sender = zaloThenSms(channel(NotificationChannel.ZALO, new Outcome.Unreachable("Zalo -115 out of quota")),
                channel(NotificationChannel.SMS, new Outcome.Accepted(NotificationChannel.SMS, "sms-1")));

        assertThat(sender.send(message(NotificationChannel.ZALO))).isInstanceOfSatisfying(Outcome.Unreachable.class,
                unreachable -> assertThat(unreachable.reason()).contains("ZALO only", "-115"));
        assertThat(asked).containsExactly(NotificationChannel.ZALO);
    }

    @Test
    void a_message_pinned_to_a_channel_no_longer_configured_is_given_up_with_the_reason() {
        SequencedMap<NotificationChannel, NotificationSender> smsOnly = new LinkedHashMap<>();
        smsOnly.put(NotificationChannel.SMS, channel(NotificationChannel.SMS, new Outcome.Accepted(NotificationChannel.SMS, "sms-1")));

        assertThat(new FallbackSender(smsOnly).send(message(NotificationChannel.ZALO))).isInstanceOfSatisfying(Outcome.GiveUp.class,
                giveUp -> assertThat(giveUp.reason()).contains("ZALO", "no longer configured"));
        assertThat(asked).isEmpty();
    }
}
