package vn.tramso.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS brand name gateway (environment names in application.properties and the README).
 *
 * @param gateway   {@code log} (nothing is sent) or {@code esms}
 * @param brandname the registered brand name the message shows as its sender (e.g. UBND XA HQ)
 * @param unicode   send with diacritics (70 characters a part instead of 160: about 2.3 times the
 *                  parts); off by default, and the text is then sent stripped of them (đ → d)
 */
@ConfigurationProperties("tramso.sms")
public record SmsSettings(@DefaultValue("log") Gateway gateway, @DefaultValue("") String brandname,
                          @DefaultValue("false") boolean unicode, @DefaultValue Esms esms) {

    public enum Gateway {
        LOG, ESMS
    }

    /**
     * @param sandbox         eSMS checks the message but neither sends nor bills it (a commune's test)
     * @param callbackBaseUrl the app's address as eSMS reaches it (https://…); blank: no delivery receipts
     * @param callbackSecret  the secret in the receipt address, at least {@link #CALLBACK_SECRET_MIN} letters,
     *                        digits, - or _; blank: a random one kept in the database
     */
    public record Esms(@DefaultValue("https://rest.esms.vn") String baseUrl, @DefaultValue("") String apiKey,
                       @DefaultValue("") String secretKey, @DefaultValue("false") boolean sandbox,
                       @DefaultValue("") String callbackBaseUrl, @DefaultValue("") String callbackSecret) {

        @Override
        public String toString() {
            return "Esms[" + baseUrl + ", sandbox " + sandbox + "]"; // never the keys
        }
    }

    /**
     * The shortest receipt secret taken. The receipt address is public and unsigned (eSMS calls it
     * from the internet); the secret in it is all that keeps a stranger from marking messages
     * delivered or failed, so it must not be guessable. The one made when none is set has 43.
     */
    static final int CALLBACK_SECRET_MIN = 24;

    public SmsSettings {
        if (gateway == Gateway.ESMS && (esms.apiKey().isBlank() || esms.secretKey().isBlank() || brandname.isBlank())) {
            throw new IllegalStateException("TRAMSO_SMS_GATEWAY=esms needs TRAMSO_SMS_ESMS_API_KEY, TRAMSO_SMS_ESMS_SECRET_KEY"
                    + " and TRAMSO_SMS_BRANDNAME (tramso.sms.* in application.properties)");
        }
        String secret = esms.callbackSecret().strip();
        // Checked whatever the gateway: the receipt address answers with any gateway.
        if (!secret.isEmpty() && (secret.length() < CALLBACK_SECRET_MIN || !secret.matches("[A-Za-z0-9_-]+"))) {
            throw new IllegalStateException("TRAMSO_SMS_ESMS_CALLBACK_SECRET (tramso.sms.esms.callback-secret in application.properties)"
                    + " has " + secret.length() + " characters: it needs at least " + CALLBACK_SECRET_MIN + ", only letters, digits,"
                    + " - and _ (it is part of the receipt address). Leave it empty to have a random one kept in the database.");
        }
    }

    @Override
    public String toString() {
        return "SmsSettings[" + gateway + ", " + brandname + ", unicode " + unicode + ", sandbox " + esms.sandbox() + "]";
    }
}
