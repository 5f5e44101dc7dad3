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
    CONCERN_ANSWERED
}
