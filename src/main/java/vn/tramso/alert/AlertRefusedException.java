package vn.tramso.alert;

/** An alert refused for a reason the leader can act on; nothing was published. */
public class AlertRefusedException extends RuntimeException {

    public enum Reason {
        NO_TITLE, NO_TEXT, TOO_LONG, BAD_PERIOD, NO_COMMUNE, BAD_PICTURE, UNKNOWN, NOT_SHOWING, TOO_OLD_TO_SEND;

        public String messageKey() {
            return "alert.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;
    private final String detail;

    public AlertRefusedException(Reason reason) {
        this(reason, "");
    }

    /** @param detail what exactly is wrong (for a picture: its line and the reason), in Vietnamese */
    public AlertRefusedException(Reason reason, String detail) {
        super(reason.name() + (detail.isEmpty() ? "" : ": " + detail));
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
