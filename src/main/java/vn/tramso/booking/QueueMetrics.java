package vn.tramso.booking;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tramso.place.Places;

/**
 * {@code tramso.queue.waiting{village=<code>}}: how many residents wait now at each cultural house.
 * A village gets its gauge at its queue's first change since the start (or at the start, when someone
 * waits there then) and keeps it, reading 0 when nobody waits.
 *
 * <p>Computed at scrape time: one grouped query over today's bookings (index {@code ix_booking_day})
 * gives every village's count, and is reused by all the gauges for {@link #FRESH}, or until a queue
 * changes. So a scrape costs at most one query, whatever the number of villages.
 */
@Component
class QueueMetrics {

    static final String WAITING = "tramso.queue.waiting";
    static final Duration FRESH = Duration.ofSeconds(5);

    private record Counts(long takenAt, LocalDate day, Map<Long, Integer> waiting) {
    }

    private final BookingStore store;
    private final Places places;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Set<Long> watched = ConcurrentHashMap.newKeySet();
    private volatile Counts counts;
    private volatile long changedAt = System.nanoTime();

    QueueMetrics(BookingStore store, Places places, MeterRegistry registry, Clock clock) {
        this.store = store;
        this.places = places;
        this.registry = registry;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        current().waiting().keySet().forEach(this::watch);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueChanged event) {
        changedAt = System.nanoTime();
        watch(event.villageId());
    }

    private void watch(long villageId) {
        if (watched.add(villageId)) {
            places.village(villageId).ifPresent(village -> Gauge.builder(WAITING, () -> current().waiting().getOrDefault(villageId, 0))
                    .description("Residents waiting now in the queue of a village's cultural house")
                    .tag("village", village.code()).strongReference(true).register(registry));
        }
    }

    private synchronized Counts current() {
        Counts last = counts;
        LocalDate today = LocalDate.now(clock);
        long now = System.nanoTime();
        if (last == null || !last.day().equals(today) || now - last.takenAt() > FRESH.toNanos() || changedAt - last.takenAt() >= 0) {
            last = new Counts(now, today, store.waitingByVillage(today));
            counts = last;
        }
        return last;
    }
}
