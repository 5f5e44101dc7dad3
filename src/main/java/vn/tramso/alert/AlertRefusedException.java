package vn.tramso.alert;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** An alert refused for a reason the leader can act on; nothing was published. */
public class AlertRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        NO_TITLE, NO_TEXT, TOO_LONG, BAD_PERIOD, NO_COMMUNE, BAD_PICTURE, UNKNOWN, NOT_SHOWING, TOO_OLD_TO_SEND;

        @Override
        public String messageKey() {
            return "alert.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final String detail;

    public AlertRefusedException(Reason reason) {
        this(reason, "");
    }

    /** @param detail what exactly is wrong (for a picture: its line and the reason), in Vietnamese */
    public AlertRefusedException(Reason reason, String detail) {
        super(reason, reason.name() + (detail.isEmpty() ? "" : ": " + detail));
        this.detail = detail;
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    public String detail() {
        return detail;
    }
}
