package vn.tramso;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/** A clock tests can set; runs in Vietnam's time zone. Starts at the real time. */
public final class MutableClock extends Clock {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private volatile Instant fixed;

    /** Fixes the time at a local time in Vietnam. */
    public void set(LocalDateTime local) {
        fixed = local.atZone(ZONE).toInstant();
    }

    /** Runs the action with the clock at a local time in Vietnam, then puts it back as it was (fixed or real). */
    public <T> T at(LocalDateTime local, Supplier<T> action) {
        Instant before = fixed;
        set(local);
        try {
            return action.get();
        } finally {
            fixed = before;
        }
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }
}
