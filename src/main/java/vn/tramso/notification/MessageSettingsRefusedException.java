package vn.tramso.notification;

/** A commune's message settings refused for a reason the leader can act on; nothing was saved. */
public class MessageSettingsRefusedException extends RuntimeException {

    private final String messageKey;

    MessageSettingsRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The i18n key of the reason. */
    public String messageKey() {
        return messageKey;
    }
}
