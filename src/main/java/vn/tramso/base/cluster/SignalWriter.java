package vn.tramso.base.cluster;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tramso.base.db.DatabaseOutage;

/**
 * Writes this node's signals for the other nodes, a row of {@code node_signal} each. Never throws:
 * with the database unreachable a warning is logged once until a row is written again, and the other
 * nodes' screens stay as they are until a later signal.
 */
class SignalWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SignalWriter.class);

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
    private volatile boolean sendFailing;

    SignalWriter(SignalStore store, String node) {
        this.store = store;
        this.node = node;
        writer.allowCoreThreadTimeOut(true);
    }

    void write(String topic, long subject) {
        // In an after-commit listener the synchronisations are already cleared, but the transaction
        // still counts as active here and its connection is still bound to this thread.
        if (TransactionSynchronizationManager.isActualTransactionActive() || TransactionSynchronizationManager.isSynchronizationActive()) {
            writer.execute(() -> writeNow(topic, subject));
        } else {
            writeNow(topic, subject);
        }
    }

    /** Waits until every signal handed to the writer thread so far is written. */
    void flush() {
        try {
            writer.submit(() -> { }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Signals still waiting to be written: {}", e.toString());
        }
    }

    /** Writes what is waiting, then stops the writer thread. */
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
}
