package vn.tramso.adoption;

/**
 * An indicator's value as numerator / denominator × factor, kept apart so that it can be shown
 * and added up again; a share of nothing (denominator 0) has no value.
 */
public record Measure(long numerator, long denominator, int factor) {

    /** The value, or {@code null} when the denominator is 0. */
    public Double value() {
        return denominator == 0 ? null : (double) numerator * factor / denominator;
    }
}
