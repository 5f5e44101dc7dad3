package vn.tramso.rating;

/**
 * Answers added up: kept as sums so that totals of several villages or months add up exactly.
 *
 * @param scoreSum  the scores added up
 * @param doneToday answers "yes, done today"
 */
public record RatingTotals(long count, long scoreSum, long doneToday) {

    public static final RatingTotals NONE = new RatingTotals(0, 0, 0);

    public double average() {
        return count == 0 ? 0 : (double) scoreSum / count;
    }

    /** Share of answers "done today", 0 to 1. */
    public double doneShare() {
        return count == 0 ? 0 : (double) doneToday / count;
    }

    public RatingTotals plus(RatingTotals other) {
        return new RatingTotals(count + other.count, scoreSum + other.scoreSum, doneToday + other.doneToday);
    }
}
