package vn.tramso.adoption;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** A target refused for a reason the leader can act on; nothing was saved. */
public class TargetRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        /** Counts (sessions, people) take no target: a year's target would have to be prorated. */
        COUNT,
        /** A share outside 0–100, or a score outside 1–5. */
        OUT_OF_RANGE;

        @Override
        public String messageKey() {
            return "target.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    public TargetRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
