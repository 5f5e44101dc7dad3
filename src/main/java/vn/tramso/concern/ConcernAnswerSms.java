package vn.tramso.concern;

import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tramso.base.Formats;
import vn.tramso.base.Messages;
import vn.tramso.notification.Message;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.Outbox;
import vn.tramso.notification.SmsCost;

/**
 * The SMS that carries a commune's answer to the resident who gave a phone: put in the outbox in the
 * answer's own transaction (the outbox is what makes it survive a crash and go later), and taken out
 * of it once the resident has been told (docs/decisions/011-calls-and-events-between-features.md).
 */
@Component
class ConcernAnswerSms {

    private final Outbox outbox;

    ConcernAnswerSms(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The SMS's text as the outbox gets it: what the answer screen counts the parts of. */
    static String text(Concern c, String answer) {
        String body = Messages.vi("concern.sms", Formats.date(c.createdAt().toLocalDate()), answer.strip());
        return body.length() > SmsCost.MAX_LENGTH ? body.substring(0, SmsCost.MAX_LENGTH - 3) + "..." : body;
    }

    void send(Concern c, String answer, LocalDateTime now, long communeId) {
        String date = Formats.date(c.createdAt().toLocalDate());
        outbox.enqueue(null, key(c.id()), new Message(MessageKind.CONCERN_ANSWERED, c.contactPhone(), text(c, answer),
                        Map.of("date", date, "answer", answer.length() > 400 ? answer.substring(0, 397) + "..." : answer)),
                now, c.villageId(), communeId);
    }

    /** The resident was told: the SMS is deleted from the outbox once it has gone (or now, if it has). */
    void forget(long concernId) {
        outbox.forget(key(concernId));
    }

    private static String key(long concernId) {
        return "concern-" + concernId + "-answer";
    }
}
