package vn.tramso.usage;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** A batch of usage events refused as a whole: which event (from 0) and why; nothing was stored. */
public class UsageRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        TOO_MANY, NO_EVENTS, BAD_ID, BAD_VISIT, UNKNOWN_KIND, UNKNOWN_GUIDE, BAD_STEP, BAD_TIME, TOO_OLD, IN_FUTURE;

        @Override
        public String messageKey() {
            return "usage.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final int index;

    UsageRefusedException(Reason reason, int index, String detail) {
        super(reason, "event " + index + ": " + reason + " (" + detail + ")");
        this.index = index;
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    /** The refused event's place in the batch, from 0; -1 for the batch itself. */
    public int index() {
        return index;
    }
}
