package vn.tramso.alert;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which alerts showing at a village a kiosk has not read aloud yet, as the attract screens of this node
 * ask every minute ({@link AlertReadings}), without asking the database for every screen: what shows at a
 * village is looked up once per village until {@link #forget} (each minute's tick and each change of the
 * alerts, AlertNotices) or for {@link #LIFE} at most. That a kiosk read an alert is kept once known (from
 * the database or this node's own claim, {@link #read}): a kiosk that read everything showing asks nothing
 * more. Only an alert not known as read is looked up again before it is offered (a screen of the kiosk on
 * another node may have played it meanwhile), so the common minute, with nothing new, costs one query per
 * village. Should two screens still start it at once, the claim in the database ({@code INSERT IGNORE})
 * decides, and the second stops.
 */
final class UnreadAlerts {

    /** How long what shows at a village is kept when no tick or change comes (scheduling off). */
    static final Duration LIFE = Duration.ofMinutes(1);

    private record Showing(List<ScamAlert> alerts, long since) {
    }

    private final LongFunction<List<ScamAlert>> showing;
    private final BiFunction<String, Collection<Long>, Set<Long>> readAt;
    private final LongSupplier nanoTime;
    private final Map<Long, Showing> villages = new ConcurrentHashMap<>();
    /** Counts {@link #forget}s: a village looked up across one is not kept. */
    private final AtomicLong forgotten = new AtomicLong();
    /** Per kiosk, the alerts looked up and whether the kiosk read each; only those showing at its village are kept. */
    private final Map<String, Map<Long, Boolean>> kiosks = new ConcurrentHashMap<>();

    /**
     * @param showing the alerts showing now at a village, newest first
     * @param readAt  of these alerts, those the kiosk read already
     * @param nanoTime {@link System#nanoTime()}, or a test's
     */
    UnreadAlerts(LongFunction<List<ScamAlert>> showing, BiFunction<String, Collection<Long>, Set<Long>> readAt, LongSupplier nanoTime) {
        this.showing = showing;
        this.readAt = readAt;
        this.nanoTime = nanoTime;
    }

    /** The alerts showing at the village that the kiosk has not read, newest first. */
    List<ScamAlert> of(String kioskId, long villageId) {
        return of(kioskId, villageId, alert -> true);
    }

    /** Of the alerts showing at the village, those {@code playable} at the kiosk (audio made) that it has not read, newest first. */
    List<ScamAlert> of(String kioskId, long villageId, Predicate<ScamAlert> playable) {
        Showing known = villages.get(villageId);
        if (known == null || nanoTime.getAsLong() - known.since() >= LIFE.toNanos()) {
            // asked outside the map (never inside compute: a slow or lost database would hold every village of its bin);
            // two screens of a village asking at once both ask, which costs only a query
            long seen = forgotten.get();
            known = new Showing(showing.apply(villageId), nanoTime.getAsLong());
            if (forgotten.get() == seen) { // an alert published meanwhile: not kept, the next question asks again
                villages.put(villageId, known);
            }
        }
        List<ScamAlert> now = known.alerts();
        Set<Long> ids = now.stream().map(ScamAlert::id).collect(Collectors.toSet());
        Map<Long, Boolean> read = kiosks.computeIfAbsent(kioskId, k -> new ConcurrentHashMap<>());
        read.keySet().retainAll(ids);
        List<ScamAlert> candidates = now.stream().filter(a -> !read.getOrDefault(a.id(), false) && playable.test(a)).toList();
        List<Long> unsure = candidates.stream().map(ScamAlert::id).toList();
        if (!unsure.isEmpty()) {
            Set<Long> done = readAt.apply(kioskId, unsure);
            unsure.forEach(id -> read.merge(id, done.contains(id), Boolean::logicalOr));
        }
        return candidates.stream().filter(a -> !read.getOrDefault(a.id(), false)).toList();
    }

    /** The kiosk read the alert (its claim on this node, whether first or not). */
    void read(String kioskId, long alertId) {
        kiosks.computeIfAbsent(kioskId, k -> new ConcurrentHashMap<>()).put(alertId, true);
    }

    /** What shows may have changed: each village is looked up again at its next question. */
    void forget() {
        forgotten.incrementAndGet();
        villages.clear();
    }
}
