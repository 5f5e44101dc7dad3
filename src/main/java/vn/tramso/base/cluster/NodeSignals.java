package vn.tramso.base.cluster;

import java.time.Duration;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Signals between the app nodes sharing the database, for screens kept current by server push: a
 * change made on one node (a volunteer calls the next ticket) must reach the screens whose UI lives
 * on another (the kiosk showing the people ahead). A signal names a topic and a subject (a village's
 * id, or {@link #ALL}); what changed is read again by whoever listens.
 *
 * <p>{@link #send} tells this node's subscribers at once and writes a row of {@code node_signal}
 * ({@link SignalWriter}); every node reads the rows of the other nodes sent within the last
 * {@link #WINDOW} every {@code tramso.cluster.signal-poll} ({@link #poll}, {@link SignalReader}) and
 * tells its subscribers of those it has not told yet. A signal is a hint to look again, never data:
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

    private final SignalStore store;
    private final String node;
    private final Subscribers subscribers = new Subscribers();
    private final SignalWriter writer;
    private final SignalReader reader;

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
        this.writer = new SignalWriter(store, node);
        this.reader = new SignalReader(store, node, subscribers, nanoTime);
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
        return subscribers.add(topic, listener);
    }

    /**
     * Tells this node's subscribers now and the other nodes' at their next poll. Call it once the
     * change is committed (from an {@code @TransactionalEventListener}). Never throws: with the
     * database unreachable, this node's screens are still told and a warning is logged.
     */
    public void send(String topic, long subject) {
        checkTopic(topic);
        subscribers.tell(topic, subject);
        writer.write(topic, subject);
    }

    /**
     * Tells the other nodes only, at their next poll: for a change this node has already applied
     * to itself (a reload of its own files, say). Never throws, like {@link #send}.
     */
    public void sendToOtherNodes(String topic, long subject) {
        checkTopic(topic);
        writer.write(topic, subject);
    }

    /** Waits until every signal sent so far on this node is written (tests; shutdown). */
    public void flush() {
        writer.flush();
    }

    /** Writes what is waiting, then stops the writer. */
    @Override
    public void close() {
        writer.close();
    }

    /**
     * Reads the other nodes' recent signals and tells this node's subscribers of those not told yet.
     * Run every {@code tramso.cluster.signal-poll} by {@link SignalPoller}; tests call it. A failed read
     * is logged once until a read works again; then every subscriber is told {@link #ALL}, since
     * signals sent meanwhile may be past the window; so too after reads held up for half the window.
     *
     * @return the rows read (the other nodes' signals of the window, told or not), 0 when the read failed
     */
    public int poll() {
        return reader.poll();
    }

    /** Deletes the rows older than {@link #KEPT}; run by {@link SignalPurge} on one node at a time. */
    int purge() {
        return store.purgeOlderThan(KEPT);
    }

    private static void checkTopic(String topic) {
        if (topic.isBlank() || topic.length() > MAX_TOPIC_LENGTH) {
            throw new IllegalArgumentException("A topic of 1 to " + MAX_TOPIC_LENGTH + " characters: " + topic);
        }
    }
}
