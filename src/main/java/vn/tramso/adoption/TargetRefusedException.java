package vn.tramso.adoption;

/** A target refused for a reason the leader can act on; nothing was saved. */
public class TargetRefusedException extends RuntimeException {

    public enum Reason {
        /** Counts (sessions, people) take no target: a year's target would have to be prorated. */
        COUNT,
        /** A share outside 0–100, or a score outside 1–5. */
        OUT_OF_RANGE;

        public String messageKey() {
            return "target.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public TargetRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
