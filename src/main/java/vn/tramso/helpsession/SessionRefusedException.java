package vn.tramso.helpsession;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** A help session refused for a reason the volunteer can act on; nothing was written. */
public class SessionRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        NO_TOPIC, NOT_LOGGABLE, NO_MINUTES, NO_AUTONOMY, NO_PLACE, IN_FUTURE, BAD_GROUP, BAD_MEMBER, NOTES_TOO_LONG,
        NOTES_NUMBERS, BOOKING_RECORDED, TOO_LATE_TO_EDIT, REASON_NEEDED, CHANGED_MEANWHILE, DELETED, NOT_REFERRED, UNKNOWN;

        @Override
        public String messageKey() {
            return "session.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    public SessionRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
