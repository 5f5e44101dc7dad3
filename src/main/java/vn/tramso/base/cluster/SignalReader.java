package vn.tramso.base.cluster;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the other nodes' signals of the last {@link NodeSignals#WINDOW} and tells this node's
 * subscribers of those not told yet. Rows are read by time and remembered by id rather than read past
 * the last id seen: an auto-increment id is taken before its row commits, so a lower id can become
 * visible after a higher one was read, and would be skipped for ever. After a failed read, or reads
 * held up for half the window, every subscriber is told {@link NodeSignals#ALL}, since signals sent
 * meanwhile may be past the window.
 */
class SignalReader {

    private static final Logger log = LoggerFactory.getLogger(SignalReader.class);

    /** Ids told are remembered twice the window (a row stops being read one window after it was first read). */
    private static final long REMEMBERED_NANOS = NodeSignals.WINDOW.multipliedBy(2).toNanos();
    /**
     * Reads further apart than this (the scheduler held up, the process paused) may have let a signal
     * leave the window unread: the subscribers are then told {@link NodeSignals#ALL}.
     */
    private static final long LATE_NANOS = NodeSignals.WINDOW.dividedBy(2).toNanos();
    /** A bound of the memory whatever the rate: past it, a signal may be told twice, which costs a refresh. */
    private static final int MAX_REMEMBERED = 100_000;

    private final SignalStore store;
    private final String node;
    private final Subscribers subscribers;
    private final LongSupplier nanoTime;
    /** Ids of other nodes' rows already told, with when they were first read (System.nanoTime), oldest first. */
    private final LinkedHashMap<Long, Long> told = new LinkedHashMap<>();
    /** When the last read that worked began (System.nanoTime), if one did. */
    private long lastRead;
    private boolean readBefore;
    private volatile boolean pollFailing;

    SignalReader(SignalStore store, String node, Subscribers subscribers, LongSupplier nanoTime) {
        this.store = store;
        this.node = node;
        this.subscribers = subscribers;
        this.nanoTime = nanoTime;
    }

    /** @return the rows read (the other nodes' signals of the window, told or not), 0 when the read failed */
    synchronized int poll() {
        long started = nanoTime.getAsLong();
        List<SignalStore.Row> rows;
        try {
            rows = store.recent(NodeSignals.WINDOW, node);
        } catch (RuntimeException e) {
            if (!pollFailing) {
                pollFailing = true;
                log.warn("Cannot read the other nodes' signals (retrying every poll, logged once): {}", e.toString());
            }
            return 0;
        }
        long sinceLastRead = readBefore ? started - lastRead : 0;
        lastRead = started;
        readBefore = true;
        boolean missedSome = pollFailing || sinceLastRead > LATE_NANOS;
        for (SignalStore.Row row : rows) {
            if (told.putIfAbsent(row.id(), started) == null && !missedSome) {
                subscribers.tell(row.topic(), row.subject());
            }
        }
        forgetOld(started);
        if (missedSome) {
            if (pollFailing) {
                log.info("The other nodes' signals are read again; this node's screens look again at everything");
            } else {
                log.info("The other nodes' signals were not read for {} ms; this node's screens look again at everything",
                        sinceLastRead / 1_000_000);
            }
            pollFailing = false;
            subscribers.tellEveryTopicAll();
        }
        return rows.size();
    }

    private void forgetOld(long now) {
        Iterator<Map.Entry<Long, Long>> oldestFirst = told.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<Long, Long> e = oldestFirst.next();
            if (now - e.getValue() <= REMEMBERED_NANOS && told.size() <= MAX_REMEMBERED) {
                break;
            }
            oldestFirst.remove();
        }
    }
}
