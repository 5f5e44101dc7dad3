package vn.tramso.notification;

/**
 * What a message is for. Zalo ZNS sends only templates Zalo approved in advance, one per kind
 * ({@link ZaloSettings}); the parameters a kind's template takes are listed here, and the cause of
 * the message fills them ({@link Message#templateData()}). SMS sends the message's text.
 */
public enum MessageKind {
    /** Parameters: {@code time}, {@code date}, {@code place}, {@code ticket}, {@code code}. */
    BOOKING_CONFIRMED,
    /** Parameters: {@code time}, {@code date}, {@code place}, {@code code}. */
    BOOKING_REMINDER,
    /** Parameters: {@code date} (of the concern), {@code answer}. */
    CONCERN_ANSWERED,
    /** A scam alert of the commune, to residents who agreed to them. Parameters: {@code commune}, {@code title}, {@code text}. */
    SCAM_ALERT,
    /** Confirms a consent to the commune's alerts, so a number typed by someone else learns of it. Parameters: {@code commune}. */
    ALERTS_JOINED
}
