package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The SMS text as the gateway sends it, and the parts it costs. */
class SmsTextTest {

    @Test
    void without_diacritics_what_a_phone_keyboard_types_outside_gsm_7_becomes_its_look_alike_and_emoji_are_dropped() {
        assertThat(SmsText.withoutDiacritics("Trạm Số: ‘Nhà văn hóa’ – “Đình Dù” — 9:00\u00a0sáng… Cảm ơn 🙏👍🏽 ❤️"))
                .isEqualTo("Tram So: 'Nha van hoa' - \"Dinh Du\" - 9:00 sang... Cam on  ");
        assertThat(SmsText.withoutDiacritics("Mẹ ơi, con đến rồi’")).isEqualTo("Me oi, con den roi'");
        assertThat(SmsText.withoutDiacritics("Phí: 10.000₫")).isEqualTo("Phi: 10.000d");
        assertThat(SmsText.withoutDiacritics("Tên: 王")).as("another script shows as a phone would show it").isEqualTo("Ten: ?");
        assertThat(SmsText.withoutDiacritics("a{b}[c]~|^€\\")).as("GSM's extension table is GSM-7 too").isEqualTo("a{b}[c]~|^€\\");
    }

    @Test
    void a_gsm_extension_character_takes_two_of_the_160() {
        assertThat(SmsText.length("x".repeat(150) + "[ghi chu]", false)).isEqualTo(161);
        assertThat(SmsText.parts("x".repeat(151) + "[ghi chu]", false)).as("160 characters but 162 septets").isEqualTo(2);
        assertThat(SmsText.parts("x".repeat(160), false)).isEqualTo(1);
        assertThat(SmsText.parts("€".repeat(80), false)).isEqualTo(1);
        assertThat(SmsText.parts("€".repeat(81), false)).isEqualTo(2);
    }

    @Test
    void with_diacritics_the_text_is_composed_before_it_is_counted_and_sent() {
        String typedDecomposed = Normalizer.normalize("Nhắc lịch hẹn: mời bác đến Nhà văn hóa thôn Trà Phương lúc 9 giờ sáng.",
                Normalizer.Form.NFD);
        assertThat(typedDecomposed.length()).as("as some keyboards send it").isGreaterThan(70);

        assertThat(SmsText.length(typedDecomposed, true)).isEqualTo(70);
        assertThat(SmsText.parts(typedDecomposed, true)).as("70 composed characters: one part").isEqualTo(1);
        assertThat(SmsText.asSent(typedDecomposed, true)).isEqualTo(Normalizer.normalize(typedDecomposed, Normalizer.Form.NFC));
    }
}
