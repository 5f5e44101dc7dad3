package vn.tramso.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.tramso.base.People;

/**
 * What a resident texts to the commune's short code. "TC" (từ chối; also "TU CHOI", "HUY", "STOP")
 * refuses every message they did not ask for right then ({@link MessageChoices}); anything else gets
 * an answer saying what the number understands. A reply is taken only when eSMS's signature matches:
 * {@code MD5(cpid + smsid + content + receiverTime + privateKey)}, the scheme eSMS documents for its
 * short-code service (weak as a hash, but the key never travels; the address is not secret).
 */
@Service
@EnableConfigurationProperties(ReplySettings.class)
public class Replies {

    private static final Logger log = LoggerFactory.getLogger(Replies.class);
    private static final Set<String> REFUSE = Set.of("TC", "TUCHOI", "TU CHOI", "HUY", "STOP");

    private final ReplySettings settings;
    private final MessageChoices choices;

    Replies(ReplySettings settings, MessageChoices choices) {
        this.settings = settings;
        this.choices = choices;
    }

    /** One message a resident sent to the short code, as eSMS forwards it. */
    record Reply(String cpid, String smsid, String sender, String content, String receiverTime, String sign) {

        @Override
        public String toString() {
            return "Reply[" + smsid + ", " + Phones.lastDigits(sender, 3) + "]";
        }
    }

    /** Whether the reply comes from eSMS for this installation's partner id. */
    boolean authentic(Reply reply) {
        if (!settings.configured() || reply.cpid() == null || reply.sign() == null || !settings.cpid().equals(reply.cpid())) {
            return false;
        }
        String expected = md5(reply.cpid() + nz(reply.smsid()) + nz(reply.content()) + nz(reply.receiverTime()) + settings.privateKey());
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                reply.sign().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Records what the reply asks; the same reply delivered again is recorded once.
     *
     * @return the text eSMS sends back to the resident
     */
    String handle(Reply reply) {
        String words = SmsText.withoutDiacritics(nz(reply.content())).strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (People.phone(Phones.local(nz(reply.sender()))).isEmpty()) {
            return "Tram So: So dien thoai nay khong phai so di dong Viet Nam; chua ghi nhan.";
        }
        if (REFUSE.contains(words)) {
            boolean added = choices.refusedByReply(reply.sender(), "esms-mo:" + reply.smsid(), reply.content());
            log.info("{}: refusal {}", reply, added ? "recorded" : "already recorded");
            return "Tram So: Da ghi nhan so nay khong nhan tin nhan nua (tru xac nhan lich hen ban vua dat)."
                    + " Muon nhan lai: bao to cong nghe so cua thon.";
        }
        return "Tram So: So nay chi nhan cu phap TC (tu choi nhan tin nhan). Can ho tro: den nha van hoa thon.";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
