package vn.tramso.base;

/**
 * An action a service refused for a {@link Refusal} its author can act on; nothing was written.
 * Each feature throws its own subclass, which narrows {@link #reason()} to the feature's reasons so
 * callers still catch and compare them; a screen that only says the reason takes this type and
 * {@link #messageKey()}. (A {@code Throwable} cannot take a type parameter, hence the narrowing
 * overrides instead of {@code RefusedException<R>}.)
 */
public abstract class RefusedException extends RuntimeException {

    private final Refusal reason;

    /** The exception's message is the reason's name, for logs. */
    protected RefusedException(Refusal reason) {
        this(reason, String.valueOf(reason));
    }

    /** @param message what the logs show (the reason and what goes with it) */
    protected RefusedException(Refusal reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Refusal reason() {
        return reason;
    }

    /** The i18n key of the sentence to show: the reason's, unless a subclass knows a more precise one. */
    public String messageKey() {
        return reason.messageKey();
    }
}
