package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Without a gateway a message is only noted in the log: no text, no booking code, no full number. */
@ExtendWith(OutputCaptureExtension.class)
class LoggingSenderTest {

    @Test
    void the_log_keeps_no_text_no_code_and_only_the_last_three_digits(CapturedOutput output) {
        Notification sms = new Notification(42, Outbox.newRequestId(), 7L, "booking-7-reminder", new Message(MessageKind.BOOKING_REMINDER,
                "0912345678", "Tram So: hen 9:00 17/12 tai NVH Tra Phuong. Ma 48213907.", Map.of("code", "48213907")),
                NotificationState.PENDING, LocalDateTime.of(2026, 12, 16, 8, 0), 0, null, null, null,
                new Notification.Delivery(null, null, null, null));

        assertThat(new LoggingSender().send(sms)).isEqualTo(new NotificationSender.Outcome.Accepted(NotificationChannel.LOG, null));

        assertThat(output.getOut()).contains("message 42", "*******678").doesNotContain("48213907").doesNotContain("Tra Phuong")
                .doesNotContain("0912345678").doesNotContain("12345");
    }
}
