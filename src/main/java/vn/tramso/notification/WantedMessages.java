package vn.tramso.notification;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whether the resident of a number still wants a kind of message from a commune, by their choices
 * ({@link MessageChoices}); asked when a message is queued ({@link Outbox#enqueue}) and again just
 * before it is sent ({@link OutboxSending#stillWanted}), so a refusal or a withdrawal stops what
 * already waits. Also stops at once what waits for a number whose resident refused.
 */
@Component
class WantedMessages {

    /** The reason a message stopped by its resident's choice gives. */
    static final String REFUSED = "refused by the resident";

    private final MessageChoiceStore choices;
    private final OutboxStore store;

    WantedMessages(MessageChoiceStore choices, OutboxStore store) {
        this.choices = choices;
        this.store = store;
    }

    /**
     * What they asked for right then always; a scam alert only while their latest alert choice for the
     * commune is a consent not followed by a refusal of every message; anything else unless they
     * refused every message.
     */
    boolean wanted(MessageKind kind, String phone, Long communeId) {
        if (kind != null && QuietHours.askedRightThen(kind)) {
            return true;
        }
        String local = Phones.local(phone);
        if (kind == MessageKind.SCAM_ALERT) {
            return communeId != null && choices.receivesAlerts(local, communeId);
        }
        return choices.latestAll(local).map(MessageChoice::granted).orElse(true);
    }

    /**
     * Stops the messages to a number not sent yet: every one when its resident refused messages, or
     * only a commune's scam alerts when they withdrew their consent to those. @return how many
     */
    int cancelWaitingFor(String phone, MessageKind onlyKind, Long onlyCommune) {
        String local = Phones.local(phone);
        List<String> forms = List.of(local, Phones.international(local), "+" + Phones.international(local));
        return store.cancelWaitingFor(forms, onlyKind, onlyCommune, REFUSED);
    }
}
