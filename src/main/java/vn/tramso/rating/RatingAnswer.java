package vn.tramso.rating;

import java.util.Set;

/**
 * One resident's answer.
 *
 * @param doneToday whether they got done today what they came for
 * @param score     1 (very unhappy) to 5 (very happy)
 * @param reasons   what could have been better; only asked, and only kept, after a low score
 * @param comment   a short text, likewise only after a low score; may be null
 */
public record RatingAnswer(boolean doneToday, int score, Set<RatingReason> reasons, String comment) {

    /** Scores up to this one are low: "bình thường" (3) too, as in the public-service satisfaction index. */
    public static final int LOW = 3;
    public static final int MAX_COMMENT = 200;

    public RatingAnswer {
        reasons = Set.copyOf(reasons);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public static boolean isLow(int score) {
        return score <= LOW;
    }

    public boolean low() {
        return isLow(score);
    }
}
