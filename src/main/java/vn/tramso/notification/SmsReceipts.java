package vn.tramso.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.tramso.base.AppSecretStore;
import vn.tramso.base.Hashes;

/**
 * eSMS's delivery receipts. eSMS calls the {@code CallbackUrl} given with each message by HTTP GET,
 * unsigned and up to 5 times; the address carries a secret of the app's own
 * ({@code TRAMSO_SMS_ESMS_CALLBACK_SECRET}, or a random one made once and kept in {@code app_secret}
 * so every node knows it), compared in constant time. A receipt finds its message by the
 * {@code RequestId} the message was sent with ({@link Notification#requestId()}), and moves it to
 * DELIVERED or FAILED once; the same receipt again changes nothing.
 */
@Service
public class SmsReceipts {

    private static final Logger log = LoggerFactory.getLogger(SmsReceipts.class);

    /** Under this path, followed by the secret; let through without sign-in by base.security.SecurityConfig. */
    public static final String PATH = "/hooks/esms/";

    /** eSMS's SendStatus: 4 rejected, 5 sent by the carrier (SendSuccess and SendFailed say whether it reached the phone). */
    static final int REJECTED = 4;
    static final int SENT = 5;

    private final SmsSettings settings;
    private final AppSecretStore secrets;
    private final OutboxSending sending;
    private volatile byte[] secret;

    SmsReceipts(SmsSettings settings, AppSecretStore secrets, OutboxSending sending) {
        this.settings = settings;
        this.secrets = secrets;
        this.sending = sending;
    }

    /** Where eSMS sends receipts; empty without {@code TRAMSO_SMS_ESMS_CALLBACK_BASE_URL} (no receipts then). */
    Optional<String> callbackUrl() {
        String base = settings.esms().callbackBaseUrl().strip();
        return base.isEmpty() ? Optional.empty() : Optional.of(callbackUrlOn(base));
    }

    /** The receipt address under {@code base} (the app's public address). */
    String callbackUrlOn(String base) {
        return EsmsSender.strip(base) + PATH + secret();
    }

    boolean secretMatches(String given) {
        return given != null && MessageDigest.isEqual(secret().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Applies one receipt. A message reached the phone only when the receipt says so: SendStatus 5
     * with {@code SendSuccess} above 0 and {@code SendFailed} 0 (eSMS's samples carry both; for a
     * message of two parts that failed, {@code SendFailed=2&SendStatus=5&SendSuccess=0}). It did not
     * when rejected (4) or when {@code SendFailed} is above 0. Anything else (1 waiting for
     * approval, 2 waiting, 7 at the carrier, a 5 missing its counts) changes nothing: a later
     * receipt brings the end, and a message never counts as delivered on a receipt that does not say it.
     *
     * @param sendSuccess eSMS's {@code SendSuccess}, null when the receipt has none
     * @param sendFailed  eSMS's {@code SendFailed}, null when the receipt has none
     * @return whether the message's state changed
     */
    boolean apply(String requestId, int sendStatus, Integer sendSuccess, Integer sendFailed, String errorInfo) {
        String request = requestId == null ? "" : requestId.strip();
        if (request.isEmpty()) {
            return false;
        }
        boolean failed = sendStatus == REJECTED || (sendStatus == SENT && sendFailed != null && sendFailed > 0);
        boolean reached = sendStatus == SENT && sendFailed != null && sendFailed == 0 && sendSuccess != null && sendSuccess > 0;
        boolean changed;
        if (failed) {
            String reason = "eSMS SendStatus " + sendStatus + (sendStatus == REJECTED ? " (rejected)" : " (not delivered)")
                    + (errorInfo == null || errorInfo.isBlank() ? "" : ": " + errorInfo.strip());
            changed = sending.undelivered(request, reason);
        } else if (reached) {
            changed = sending.delivered(request);
        } else {
            if (sendStatus == SENT) {
                log.info("eSMS receipt with SendStatus 5 but SendSuccess {} and SendFailed {}: not taken as delivered", sendSuccess,
                        sendFailed);
            }
            changed = false;
        }
        log.debug("eSMS receipt for request {}: SendStatus {}, changed {}", request, sendStatus, changed);
        return changed;
    }

    private String secret() {
        if (secret == null) {
            String configured = settings.esms().callbackSecret().strip();
            if (configured.isEmpty()) {
                configured = secrets.getOrCreate("esms-callback", () -> Hashes.randomToken(32));
            }
            secret = configured.getBytes(StandardCharsets.UTF_8);
        }
        return new String(secret, StandardCharsets.UTF_8);
    }
}
