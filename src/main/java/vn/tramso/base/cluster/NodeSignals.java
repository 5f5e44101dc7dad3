package vn.tramso.base.cluster;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tramso.base.db.DatabaseOutage;

/**
 * Signals between the app nodes sharing the database, for screens kept current by server push: a
 * change made on one node (a volunteer calls the next ticket) must reach the screens whose UI lives
 * on another (the kiosk showing the people ahead). A signal names a topic and a subject (a village's
 * id, or {@link #ALL}); what changed is read again by whoever listens.
 *
 * <p>{@link #send} tells this node's subscribers at once and writes a row of {@code node_signal};
 * every node reads the rows of the other nodes sent within the last {@link #WINDOW} every
 * {@code tramso.cluster.signal-poll} ({@link #poll}) and tells its subscribers of those it has not
 * told yet. Rows are read by time and remembered by id rather than read past the last id seen: an
 * auto-increment id is taken before its row commits, so a lower id can become visible after a
 * higher one was read, and would be skipped for ever. A signal is a hint to look again, never data:
 * one told twice costs a refresh, one lost leaves a screen stale until its next change, so after a
 * failed or late read every subscriber is told {@link #ALL}. See docs/decisions/006-push-across-nodes.md.
 */
public class NodeSignals implements AutoCloseable {

    /** The subject meaning "every subject of the topic". */
    public static final long ALL = 0;
    /**
     * How far back each read looks: longer than a poll's interval plus the time a row may take to
     * be visible on this node's database after its {@code sent_at} (commit, Galera's replication)
     * plus the difference of the database servers' clocks.
     */
    static final Duration WINDOW = Duration.ofSeconds(10);
    /** Rows kept for operators to look at; read only within {@link #WINDOW}. */
    static final Duration KEPT = Duration.ofMinutes(10);
    static final int MAX_TOPIC_LENGTH = 40;
    static final int MAX_NODE_LENGTH = 64;
    /** Ids told are remembered twice the window (a row stops being read one window after it was first read). */
    private static final long REMEMBERED_NANOS = WINDOW.multipliedBy(2).toNanos();
    /**
     * Reads further apart than this (the scheduler held up, the process paused) may have let a signal
     * leave the window unread: the subscribers are then told {@link #ALL}.
     */
    private static final long LATE_NANOS = WINDOW.dividedBy(2).toNanos();
    /** A bound of the memory whatever the rate: past it, a signal may be told twice, which costs a refresh. */
    private static final int MAX_REMEMBERED = 100_000;

    private static final Logger log = LoggerFactory.getLogger(NodeSignals.class);

    private final SignalStore store;
    private final String node;
    /**
     * Writes the rows of signals sent while the sending thread still holds its transaction's
     * connection (an after-commit listener): writing there would take a second connection while
     * holding the first, and fifty bookings finishing at once would drain the pool and wait on
     * each other until the pool's timeout. One writer thread, at most one connection; a bounded
     * queue that drops the oldest hints when the database cannot keep up.
     */
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "node-signal-writer");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardOldestPolicy());
    private final LongSupplier nanoTime;
    private final Map<String, Set<LongConsumer>> subscribers = new ConcurrentHashMap<>();
    /** Ids of other nodes' rows already told, with when they were first read (System.nanoTime), oldest first. */
    private final LinkedHashMap<Long, Long> told = new LinkedHashMap<>();
    /** When the last read that worked began (System.nanoTime), if one did. */
    private long lastRead;
    private boolean readBefore;
    private volatile boolean pollFailing;
    private volatile boolean sendFailing;

    /**
     * @param node this node's name in the rows it writes, unique among the running nodes (a second
     *             instance with another name on the same database is another node, as tests do)
     */
    public NodeSignals(JdbcClient jdbc, PlatformTransactionManager transactions, String node) {
        this(jdbc, transactions, node, System::nanoTime);
    }

    /** @param nanoTime the ticks of {@link System#nanoTime()}, or a test's */
    NodeSignals(JdbcClient jdbc, PlatformTransactionManager transactions, String node, LongSupplier nanoTime) {
        if (node.isBlank() || node.length() > MAX_NODE_LENGTH) {
            throw new IllegalArgumentException("A node id of 1 to " + MAX_NODE_LENGTH + " characters: " + node);
        }
        this.store = new SignalStore(jdbc, transactions);
        this.node = node;
        this.nanoTime = nanoTime;
        writer.allowCoreThreadTimeOut(true);
    }

    public String node() {
        return node;
    }

    /**
     * @param listener called with the subject (on any thread: the sender's for this node's signals,
     *                 the poller's for the other nodes'); it should only hand work on, e.g. to
     *                 {@code UI.access}
     * @return call to unsubscribe
     */
    public Runnable subscribe(String topic, LongConsumer listener) {
        checkTopic(topic);
        subscribers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> subscribers.getOrDefault(topic, Set.of()).remove(listener);
    }

    /**
     * Tells this node's subscribers now and the other nodes' at their next poll. Call it once the
     * change is committed (from an {@code @TransactionalEventListener}). Never throws: with the
     * database unreachable, this node's screens are still told and a warning is logged.
     */
    public void send(String topic, long subject) {
        checkTopic(topic);
        tell(topic, subject);
        write(topic, subject);
    }

    /**
     * Tells the other nodes only, at their next poll: for a change this node has already applied
     * to itself (a reload of its own files, say). Never throws, like {@link #send}.
     */
    public void sendToOtherNodes(String topic, long subject) {
        checkTopic(topic);
        write(topic, subject);
    }

    private void write(String topic, long subject) {
        // In an after-commit listener the synchronisations are already cleared, but the transaction
        // still counts as active here and its connection is still bound to this thread.
        if (TransactionSynchronizationManager.isActualTransactionActive() || TransactionSynchronizationManager.isSynchronizationActive()) {
            writer.execute(() -> writeNow(topic, subject));
        } else {
            writeNow(topic, subject);
        }
    }

    /** Waits until every signal sent so far on this node is written (tests; shutdown). */
    public void flush() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Signals still waiting to be written: {}", e.toString());
        }
    }

    /** Writes what is waiting, then stops the writer. */
    @Override
    public void close() {
        flush();
        writer.shutdown();
    }

    private void writeNow(String topic, long subject) {
        try {
            store.insert(topic, subject, node);
            if (sendFailing) {
                sendFailing = false;
                log.info("Signals to the other nodes are written again");
            }
        } catch (RuntimeException e) {
            if (!sendFailing) {
                sendFailing = true;
                String message = "A signal ({} {}) could not be written for the other nodes (logged once until one is written again);"
                        + " their screens stay as they are until a later signal";
                if (DatabaseOutage.isOutage(e)) {
                    log.warn(message + ": {}", topic, subject, e.toString());
                } else {
                    log.warn(message, topic, subject, e);
                }
            }
        }
    }

    /**
     * Reads the other nodes' recent signals and tells this node's subscribers of those not told yet.
     * Run every {@code tramso.cluster.signal-poll} by {@link SignalPoller}; tests call it. A failed read
     * is logged once until a read works again; then every subscriber is told {@link #ALL}, since
     * signals sent meanwhile may be past the window; so too after reads held up for half the window.
     *
     * @return the rows read (the other nodes' signals of the window, told or not), 0 when the read failed
     */
    public synchronized int poll() {
        long started = nanoTime.getAsLong();
        List<SignalStore.Row> rows;
        try {
            rows = store.recent(WINDOW, node);
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
                tell(row.topic(), row.subject());
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
            subscribers.keySet().forEach(topic -> tell(topic, ALL));
        }
        return rows.size();
    }

    /** Deletes the rows older than {@link #KEPT}; run by {@link SignalPurge} on one node at a time. */
    int purge() {
        return store.purgeOlderThan(KEPT);
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

    private void tell(String topic, long subject) {
        for (LongConsumer listener : subscribers.getOrDefault(topic, Set.of())) {
            try {
                listener.accept(subject);
            } catch (RuntimeException e) {
                log.warn("A listener of the signal {} failed", topic, e);
            }
        }
    }

    private static void checkTopic(String topic) {
        if (topic.isBlank() || topic.length() > MAX_TOPIC_LENGTH) {
            throw new IllegalArgumentException("A topic of 1 to " + MAX_TOPIC_LENGTH + " characters: " + topic);
        }
    }
}
