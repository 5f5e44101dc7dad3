package vn.tramso.alert;

/** An alert refused for a reason the leader can act on; nothing was published. */
public class AlertRefusedException extends RuntimeException {

    public enum Reason {
        NO_TITLE, NO_TEXT, TOO_LONG, BAD_PERIOD, NO_COMMUNE, UNKNOWN;

        public String messageKey() {
            return "alert.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public AlertRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
