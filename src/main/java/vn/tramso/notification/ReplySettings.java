package vn.tramso.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Residents' replies through eSMS's short-code service (đầu số ngắn, "MO"): eSMS calls
 * {@code /hooks/esms/replies} with each message sent to the number, signed with the private key of the
 * partner id it gave the commune. Without both, no reply is taken and messages do not mention one.
 *
 * @param cpid          the partner id eSMS gives with the short code
 * @param privateKey    the key eSMS signs each reply with
 * @param serviceNumber the short code residents text (e.g. 8079), written in messages as where to send "TC"
 */
@ConfigurationProperties("tramso.sms.replies")
public record ReplySettings(@DefaultValue("") String cpid, @DefaultValue("") String privateKey, @DefaultValue("") String serviceNumber) {

    public ReplySettings {
        if (!cpid.isBlank() && (privateKey.isBlank() || serviceNumber.isBlank())) {
            throw new IllegalStateException("TRAMSO_SMS_REPLIES_CPID is set but TRAMSO_SMS_REPLIES_PRIVATE_KEY or"
                    + " TRAMSO_SMS_REPLIES_SERVICE_NUMBER is not (tramso.sms.replies.*)");
        }
    }

    boolean configured() {
        return !cpid.isBlank();
    }

    @Override
    public String toString() {
        return "ReplySettings[" + cpid + ", " + serviceNumber + "]"; // never the key
    }
}
