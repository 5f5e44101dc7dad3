package vn.tramso.rating;

import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/** An answer or link refused for a reason the resident is told in plain words; nothing was written. */
public class RatingRefusedException extends RefusedException {

    public enum Reason implements Refusal {
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

        @Override
        public String messageKey() {
            return "rating.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    public RatingRefusedException(Reason reason) {
        super(reason);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }
}
