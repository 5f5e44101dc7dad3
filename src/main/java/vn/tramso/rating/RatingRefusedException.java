package vn.tramso.rating;

/** An answer or link refused for a reason the resident is told in plain words; nothing was written. */
public class RatingRefusedException extends RuntimeException {

    public enum Reason {
        /** The link is not one of ours (mistyped, or made up). */
        UNKNOWN_LINK,
        /** The link was used already, or this help was rated another way. */
        USED,
        EXPIRED,
        /** A ticket's link before its help is done. */
        NOT_HELPED_YET,
        /** Only the volunteer who logged a session offers its rating (QR code, hand-over, kiosk invitation). */
        NOT_YOUR_SESSION,
        /** The session ended more than {@link vn.tramso.rating.Ratings#OFFER_WINDOW} ago. */
        TOO_LATE,
        TOO_MANY,
        BAD_SCORE,
        COMMENT_TOO_LONG,
        COMMENT_NUMBERS;

        public String messageKey() {
            return "rating.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public RatingRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
