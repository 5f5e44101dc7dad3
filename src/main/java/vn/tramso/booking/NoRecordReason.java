package vn.tramso.booking;

/** Why a finished booking has no help session recorded. */
public enum NoRecordReason {
    /** The resident left before being helped. */
    LEFT,
    /** Only a question, answered in a minute. */
    QUESTION_ONLY,
    /** Recorded in another session (a family helped together, a group class). */
    RECORDED_ELSEWHERE,
    OTHER;

    public String labelKey() {
        return "booking.no-record." + name().toLowerCase().replace('_', '-');
    }
}
