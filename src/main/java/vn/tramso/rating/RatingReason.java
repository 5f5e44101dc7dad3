package vn.tramso.rating;

/** What could have been better: chips offered after a low score. */
public enum RatingReason {
    WAITED_LONG, NOT_SOLVED, HARD_TO_FOLLOW, NOT_FRIENDLY, APP_OR_NETWORK, OTHER;

    public String labelKey() {
        return "rating.reason." + name().toLowerCase().replace('_', '-');
    }
}
