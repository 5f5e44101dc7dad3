package vn.tramso.base.cluster;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Every statement on {@code node_signal} (V23). Times are the database's, so the nodes' clocks do not matter. */
class SignalStore {

    record Row(long id, String topic, long subject) {
    }

    private final JdbcClient jdbc;
    /** Outside any transaction of the caller's: a connection of its own, in autocommit. */
    private final TransactionTemplate alone;

    SignalStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.alone = new TransactionTemplate(transactions);
        alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /**
     * One autocommitted statement, visible to the other nodes as soon as it returns; outside any
     * transaction (NodeSignals hands the rows of after-commit senders to a thread of its own).
     */
    void insert(String topic, long subject, String node) {
        alone.executeWithoutResult(status -> jdbc.sql("INSERT INTO node_signal (topic, subject, node) VALUES (:t, :s, :n)")
                .param("t", topic).param("s", subject).param("n", node).update());
    }

    /** The other nodes' signals sent within {@code window} (index {@code ix_node_signal_sent_at}). */
    List<Row> recent(Duration window, String node) {
        return alone.execute(status -> jdbc.sql("""
                        SELECT id, topic, subject FROM node_signal
                        WHERE sent_at >= NOW(3) - INTERVAL :micros MICROSECOND AND node <> :n ORDER BY sent_at, id
                        """)
                .param("micros", window.toNanos() / 1_000).param("n", node).query(Row.class).list());
    }

    int purgeOlderThan(Duration age) {
        return alone.execute(status -> jdbc.sql("DELETE FROM node_signal WHERE sent_at < NOW(3) - INTERVAL :micros MICROSECOND")
                .param("micros", age.toNanos() / 1_000).update());
    }
}
