package vn.tramso.base;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read again only when the last reading is older than its freshness: for gauges that query the
 * database when Prometheus scrapes them, so a scrape (or several gauges sharing one reading) costs at most
 * one query per period.
 */
public final class Recent<T> {

    private final Supplier<T> reading;
    private final long freshNanos;
    private T value;
    private long readAt;

    public Recent(Duration fresh, Supplier<T> reading) {
        this.reading = reading;
        this.freshNanos = fresh.toNanos();
    }

    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt > freshNanos) {
            value = reading.get();
            readAt = now;
        }
        return value;
    }
}
