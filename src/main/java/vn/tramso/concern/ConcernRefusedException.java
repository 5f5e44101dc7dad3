package vn.tramso.concern;

/** A change to a concern refused for a reason the user can act on; nothing was written. */
public class ConcernRefusedException extends RuntimeException {

    public enum Reason {
        NO_TEXT, TEXT_TOO_LONG, TEXT_NUMBERS, BAD_PHONE, NOT_ALLOWED_NOW, NO_ANSWER, NO_REFERRAL, BAD_DUPLICATE, ORIGINAL_OPEN, NOT_A_LEADER,
        CHANGED_MEANWHILE, TOO_MANY, UNKNOWN;

        public String messageKey() {
            return "concern.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public ConcernRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
