package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A phone number in the gateways' forms, and what a log line may show of a message. */
class PhonesAndMessagesTest {

    @Test
    void every_way_a_number_is_written_gives_zalos_84_form_and_esms_local_form() {
        for (String written : new String[] {"0912345678", "0912 345 678", "+84912345678", "84912345678", "0084912345678", "+84 91 234 5678"}) {
            assertThat(Phones.international(written)).as(written).isEqualTo("84912345678");
            assertThat(Phones.local(written)).as(written).isEqualTo("0912345678");
        }
    }

    @Test
    void a_message_in_a_log_line_shows_the_numbers_last_three_digits_and_neither_its_text_nor_its_code() {
        Message message = new Message(MessageKind.BOOKING_CONFIRMED, "0912345678", "Tram So: hen 09:00 tai NVH Tra Phuong, ma 48213907",
                Map.of("code", "48213907", "place", "Nhà văn hóa Trà Phương"));

        assertThat(message.toString()).contains("BOOKING_CONFIRMED", "678").doesNotContain("0912345678", "12345", "48213907",
                "Tra Phuong", "Trà Phương", "hen");
    }
}
