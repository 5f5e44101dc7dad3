package vn.tramso.notification;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The SMS gateway's settings are checked at start-up, with a message that names the setting. */
class SmsSettingsTest {

    static SmsSettings esms(String callbackSecret) {
        return new SmsSettings(SmsSettings.Gateway.ESMS, "UBND XA HQ", false,
                new SmsSettings.Esms("https://rest.esms.vn", "key", "secret", false, "https://tramso.example", callbackSecret));
    }

    @Test
    void a_receipt_secret_shorter_than_24_characters_stops_the_start_with_the_setting_named() {
        assertThatThrownBy(() -> esms("tramso-2027")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRAMSO_SMS_ESMS_CALLBACK_SECRET").hasMessageContaining("24");
        assertThatThrownBy(() -> esms("a secret with spaces in it, long enough")).as("it goes in the receipt address")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_long_receipt_secret_or_none_at_all_is_taken() {
        assertThatCode(() -> esms("kT3v9QmZp2Xw7LrB4nYc8HdF")).doesNotThrowAnyException();
        assertThatCode(() -> esms("")).as("a random one is made and kept in the database").doesNotThrowAnyException();
    }
}
