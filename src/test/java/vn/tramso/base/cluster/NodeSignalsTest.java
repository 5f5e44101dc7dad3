package vn.tramso.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tramso.IntegrationTest;

/**
 * Two app nodes on one database, each a {@link NodeSignals} of its own name over the test database:
 * what one sends reaches the other's subscribers, each subscriber hears of a signal once, late
 * commits are not lost, and old rows go.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NodeSignalsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void a_signal_sent_on_one_node_reaches_a_subscriber_on_another_within_two_seconds() {
        NodeSignals a = node("a");
        NodeSignals b = node("b");
        String topic = topic();
        List<Long> onB = new CopyOnWriteArrayList<>();
        b.subscribe(topic, onB::add);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleWithFixedDelay(b::poll, 0, 500, TimeUnit.MILLISECONDS); // as SignalPoller does, at the default
        try {
            a.send(topic, 42);
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> !onB.isEmpty());
            b.poll();
            b.poll();
            assertThat(onB).as("told once, whatever the polls").containsExactly(42L);
        } finally {
            poller.shutdownNow();
        }
    }

    @Test
    void the_sending_nodes_own_subscribers_are_told_at_once_and_not_again_by_its_poll() {
        NodeSignals a = node("a");
        NodeSignals b = node("b");
        String topic = topic();
        List<Long> onA = new CopyOnWriteArrayList<>();
        List<Long> onB = new CopyOnWriteArrayList<>();
        a.subscribe(topic, onA::add);
        b.subscribe(topic, onB::add);

        a.send(topic, 7);
        assertThat(onA).as("before any poll").containsExactly(7L);
        a.poll();
        a.poll();
        b.poll();
        assertThat(onA).as("a node skips its own rows").containsExactly(7L);
        assertThat(onB).as("the row was there to read").containsExactly(7L);
    }

    @Test
    void a_signal_whose_row_commits_after_a_later_ones_was_read_is_still_delivered() throws SQLException {
        NodeSignals a = node("a");
        NodeSignals b = node("b");
        String topic = topic();
        List<Long> onB = new CopyOnWriteArrayList<>();
        b.subscribe(topic, onB::add);
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("INSERT INTO node_signal (topic, subject, node) VALUES (?, 1, ?)")) {
                insert.setString(1, topic);
                insert.setString(2, "slow-" + UUID.randomUUID());
                insert.executeUpdate(); // takes its id now, commits later
            }
            a.send(topic, 2);
            b.poll();
            assertThat(onB).as("the later id, committed first").containsExactly(2L);

            slow.commit();
            b.poll();
            assertThat(onB).as("the lower id, committed after a higher one was read").containsExactly(2L, 1L);
        }
        assertThat(jdbc.sql("SELECT subject FROM node_signal WHERE topic = :t ORDER BY id").param("t", topic).query(Long.class).list())
                .as("ids in the order they were taken").containsExactly(1L, 2L);
    }

    @Test
    void the_purge_deletes_the_signals_older_than_ten_minutes_and_keeps_the_recent_ones() {
        NodeSignals a = node("a");
        String topic = topic();
        jdbc.sql("INSERT INTO node_signal (topic, subject, node, sent_at) VALUES (:t, 1, 'old-node', NOW(3) - INTERVAL 11 MINUTE)")
                .param("t", topic).update();
        jdbc.sql("INSERT INTO node_signal (topic, subject, node, sent_at) VALUES (:t, 2, 'old-node', NOW(3) - INTERVAL 9 MINUTE)")
                .param("t", topic).update();
        a.send(topic, 3);

        assertThat(a.purge()).isPositive();
        assertThat(jdbc.sql("SELECT subject FROM node_signal WHERE topic = :t ORDER BY id").param("t", topic).query(Long.class).list())
                .containsExactly(2L, 3L);
    }

    @Test
    void without_the_database_a_node_still_tells_its_own_screens_logs_once_and_after_it_tells_them_to_look_again(CapturedOutput output) {
        Switchable database = new Switchable(dataSource);
        NodeSignals a = node("a");
        NodeSignals b = new NodeSignals(JdbcClient.create(database), new DataSourceTransactionManager(database), "b-" + UUID.randomUUID());
        String topic = topic();
        List<Long> onB = new CopyOnWriteArrayList<>();
        b.subscribe(topic, onB::add);
        b.poll();

        database.down = true;
        b.send(topic, 5);
        assertThat(onB).as("its own screens, database or not").containsExactly(5L);
        a.send(topic, 6);
        b.poll();
        b.poll();
        b.poll();
        assertThat(output.getOut().split("Cannot read the other nodes' signals", -1)).as("one warning for the outage").hasSize(2);
        assertThat(output.getOut()).contains("could not be written for the other nodes");

        database.down = false;
        b.poll();
        assertThat(onB).as("after the outage: everything, once, in place of what may have been missed")
                .containsExactly(5L, NodeSignals.ALL);
        a.send(topic, 8);
        b.poll();
        assertThat(onB).containsExactly(5L, NodeSignals.ALL, 8L);
    }

    @Test
    void a_node_whose_reads_were_held_up_for_half_the_window_tells_its_subscribers_to_look_again_at_everything() {
        AtomicLong ticks = new AtomicLong(1);
        NodeSignals a = node("a");
        NodeSignals b = new NodeSignals(jdbc, transactions, "b-" + UUID.randomUUID(), ticks::get);
        String topic = topic();
        List<Long> onB = new CopyOnWriteArrayList<>();
        b.subscribe(topic, onB::add);
        b.poll();

        ticks.addAndGet(Duration.ofSeconds(4).toNanos());
        a.send(topic, 1);
        b.poll();
        assertThat(onB).as("4 s after the last read: nothing can have left the 10 s window").containsExactly(1L);

        ticks.addAndGet(Duration.ofSeconds(6).toNanos());
        a.send(topic, 2);
        b.poll();
        assertThat(onB).as("6 s after: a signal may have come and gone unread").containsExactly(1L, NodeSignals.ALL);
        b.poll();
        assertThat(onB).containsExactly(1L, NodeSignals.ALL);
    }

    private NodeSignals node(String name) {
        return new NodeSignals(jdbc, transactions, name + "-" + UUID.randomUUID());
    }

    private static String topic() {
        return "t." + UUID.randomUUID();
    }

    /** The test database, unreachable while {@link #down}: connections fail as Hikari's do when its wait runs out. */
    static final class Switchable extends DelegatingDataSource {

        volatile boolean down;

        Switchable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down) {
                throw new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms (test)");
            }
            return super.getConnection();
        }
    }
}
