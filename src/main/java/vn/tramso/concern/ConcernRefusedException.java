package vn.tramso.concern;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** A change to a concern refused for a reason the user can act on; nothing was written. */
public class ConcernRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        NO_TEXT, TEXT_TOO_LONG, TEXT_NUMBERS, BAD_PHONE, NOT_ALLOWED_NOW, NO_ANSWER, NO_REFERRAL, BAD_DUPLICATE, ORIGINAL_OPEN, NOT_A_LEADER,
        CHANGED_MEANWHILE, TOO_MANY, UNKNOWN;

        @Override
        public String messageKey() {
            return "concern.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    public ConcernRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
