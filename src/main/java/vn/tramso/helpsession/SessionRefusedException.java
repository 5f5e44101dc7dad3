package vn.tramso.helpsession;

/** A help session refused for a reason the volunteer can act on; nothing was written. */
public class SessionRefusedException extends RuntimeException {

    public enum Reason {
        NO_TOPIC, NOT_LOGGABLE, NO_MINUTES, NO_AUTONOMY, NO_PLACE, IN_FUTURE, BAD_GROUP, BAD_MEMBER, NOTES_TOO_LONG,
        NOTES_NUMBERS, BOOKING_RECORDED, TOO_LATE_TO_EDIT, REASON_NEEDED, CHANGED_MEANWHILE, DELETED, NOT_REFERRED, UNKNOWN;

        public String messageKey() {
            return "session.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public SessionRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
