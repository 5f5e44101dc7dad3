package vn.tramso.base.ui;

/**
 * How many camera frames one screen may have decoded: at most {@code perSecond} in any second,
 * spaced evenly. A page sending faster (a script, not a camera) has the extra frames dropped.
 */
final class FrameBudget {

    private final long spacingNanos;
    private long nextAllowed = Long.MIN_VALUE;

    FrameBudget(int perSecond) {
        this.spacingNanos = 1_000_000_000L / perSecond;
    }

    /** Whether a frame arriving at {@code nanos} (a monotonic clock) may be decoded. */
    synchronized boolean take(long nanos) {
        if (nextAllowed != Long.MIN_VALUE && nanos - nextAllowed < 0) {
            return false;
        }
        nextAllowed = nanos + spacingNanos;
        return true;
    }
}
