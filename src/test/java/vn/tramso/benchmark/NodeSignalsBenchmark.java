package vn.tramso.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tramso.IntegrationTest;
import vn.tramso.base.cluster.NodeSignals;

/**
 * Push across nodes, for docs/benchmarks.md: two {@link NodeSignals} of different names on the test
 * database, node B read on its own thread at a fixed delay as {@code SignalPoller} does. Node A sends
 * signals at random moments (gaps of 50-450 ms, so they fall at every phase of B's poll); the
 * latency is from the call of {@code send} on A to the call of B's subscriber (one JVM, one clock).
 * Then the cost: polls per second, each poll's time and rows read, and the rows the poll's query
 * reads inside the server (its session's Handler_read counters) with a full 10 minutes of signals in
 * the table.
 */
@Tag("benchmark")
@IntegrationTest
class NodeSignalsBenchmark {

    /** The poll's statement as {@code SignalStore.recent} sends it, for the server-side figures. */
    static final String POLL = """
            SELECT id, topic, subject FROM node_signal
            WHERE sent_at >= NOW(3) - INTERVAL 10000000 MICROSECOND AND node <> ? ORDER BY sent_at, id""";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    DataSource dataSource;

    @Test
    void latency_from_a_send_on_one_node_to_a_subscriber_on_another_and_the_polls_cost() throws Exception {
        StringBuilder report = new StringBuilder("\nBENCHMARK push across nodes (NodeSignals)\n");
        if (!Boolean.getBoolean("bench.galera.only")) {
            serverSide(report);
            report.append(" the MariaDB service, both nodes on it\n");
            for (long pollMillis : new long[] {500, 250, 1000}) {
                latency(report, node("a", jdbc, transactions), node("b", jdbc, transactions), pollMillis, pollMillis == 500 ? 200 : 100);
            }
        }
        String galera = System.getProperty("bench.galera");
        if (galera != null) {
            galera(report, galera.split(","));
        }
        System.out.println(report);
    }

    /**
     * The same on a Galera cluster (-Dbench.galera=url1,url2, with -Dbench.galera.user and
     * -Dbench.galera.password; the table made there from V23): node A writes through the cluster's
     * first database node, node B reads through the second, as two app nodes would whose connections
     * go to different database nodes; with the second database node's counters per second around
     * it (-Dbench.galera.only=true skips the rest).
     */
    private void galera(StringBuilder report, String[] urls) throws InterruptedException {
        try (HikariDataSource one = pool(urls[0]); HikariDataSource two = pool(urls[1])) {
            String version = JdbcClient.create(two).sql("SELECT CONCAT(VERSION(), ', cluster size ', VARIABLE_VALUE) FROM "
                    + "information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'WSREP_CLUSTER_SIZE'").query(String.class).single();
            report.append(" Galera (").append(version).append("): A on ").append(urls[0]).append(", B on ").append(urls[1]).append('\n');
            JdbcClient onTwo = JdbcClient.create(two);
            Map<String, Long> before = globalStatus(onTwo);
            long started = System.nanoTime();
            latency(report, node("a", JdbcClient.create(one), new DataSourceTransactionManager(one)),
                    node("b", JdbcClient.create(two), new DataSourceTransactionManager(two)), 500, 200);
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Long> after = globalStatus(onTwo);
            StringBuilder load = new StringBuilder();
            after.forEach((name, value) -> load.append(String.format(" %s %.2f", name, (value - before.get(name)) / seconds)));
            report.append("    database node 2 (node B's reads; A's rows arrive by replication), per second:").append(load).append('\n');
        }
    }

    /** The server's counters; on a Galera node of its own nobody else moves them. */
    private static Map<String, Long> globalStatus(JdbcClient jdbc) {
        Map<String, Long> status = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN
                        ('QUESTIONS', 'COM_SELECT', 'COM_INSERT', 'COM_ADMIN_COMMANDS', 'HANDLER_READ_KEY', 'HANDLER_READ_NEXT')
                        """)
                .query((r, i) -> status.put(r.getString(1), r.getLong(2))).list();
        return status;
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(System.getProperty("bench.galera.user", "root"));
        pool.setPassword(System.getProperty("bench.galera.password", ""));
        pool.setMaximumPoolSize(4);
        return pool;
    }

    private static NodeSignals node(String name, JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new NodeSignals(jdbc, transactions, "bench-" + name + "-" + UUID.randomUUID());
    }

    private void latency(StringBuilder report, NodeSignals a, NodeSignals b, long pollMillis, int count) throws InterruptedException {
        String topic = "bench." + pollMillis + "." + UUID.randomUUID().toString().substring(0, 8);
        long[] sentAt = new long[count + 1];
        long[] toldAt = new long[count + 1];
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger told = new AtomicInteger();
        b.subscribe(topic, subject -> {
            long now = System.nanoTime();
            if (toldAt[(int) subject] != 0) {
                duplicates.incrementAndGet();
            } else {
                toldAt[(int) subject] = now;
                told.incrementAndGet();
            }
        });
        b.poll(); // the window's earlier rows
        List<Long> pollNanos = Collections.synchronizedList(new ArrayList<>());
        List<Integer> pollRows = Collections.synchronizedList(new ArrayList<>());
        AtomicLong polls = new AtomicLong();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        List<Long> sendNanos = new ArrayList<>();
        long started = System.nanoTime();
        poller.scheduleWithFixedDelay(() -> {
            long t0 = System.nanoTime();
            int rows = b.poll();
            pollNanos.add(System.nanoTime() - t0);
            pollRows.add(rows);
            polls.incrementAndGet();
        }, 0, pollMillis, TimeUnit.MILLISECONDS);
        try {
            for (int i = 1; i <= count; i++) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(50, 451));
                sentAt[i] = System.nanoTime();
                a.send(topic, i);
                sendNanos.add(System.nanoTime() - sentAt[i]);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (told.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } finally {
            poller.shutdownNow();
            poller.awaitTermination(5, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> latency = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (toldAt[i] != 0) {
                latency.add(toldAt[i] - sentAt[i]);
            }
        }
        assertThat(latency).as("every signal reached node B").hasSize(count);
        double rowsPerPoll = pollRows.stream().mapToInt(Integer::intValue).average().orElse(0);
        report.append(String.format("""
                  poll every %d ms, %d signals over %.1f s (%.1f a second):
                    send on A -> subscriber on B: p50 %.1f ms, p95 %.1f ms, max %.1f ms; told twice: %d
                    send() on A (tell + one INSERT): p50 %.2f ms, p95 %.2f ms
                    node B: %.2f polls a second, each p50 %.2f ms, p95 %.2f ms, %.1f rows read on average (max %d)
                """, pollMillis, count, seconds, count / seconds, ms(latency, 0.5), ms(latency, 0.95), ms(latency, 1.0),
                duplicates.get(), ms(sendNanos, 0.5), ms(sendNanos, 0.95), polls.get() / seconds, ms(pollNanos, 0.5),
                ms(pollNanos, 0.95), rowsPerPoll, pollRows.stream().mapToInt(Integer::intValue).max().orElse(0)));
    }

    /**
     * A busy cluster's table: 3,000 signals of another node over the last 10 minutes (5 a second,
     * what the purge leaves at most at that rate), and the poll's statement run 200 times on one
     * connection, with the session's handler counters around it.
     */
    private void serverSide(StringBuilder report) throws SQLException {
        String busyNode = "bench-busy-" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO node_signal (topic, subject, node, sent_at)
                        SELECT 'bench.busy', seq, :n, NOW(3) - INTERVAL (seq * 200000) MICROSECOND FROM seq_0_to_2999
                        """).param("n", busyNode).update();
        int inTable = jdbc.sql("SELECT COUNT(*) FROM node_signal").query(Integer.class).single();
        try (Connection c = dataSource.getConnection()) {
            Map<String, Long> before = handlerReads(c);
            Map<String, Long> idle = handlerReads(c); // what SHOW STATUS itself adds
            List<Long> nanos = new ArrayList<>();
            int rows = 0;
            int runs = 200;
            try (PreparedStatement poll = c.prepareStatement(POLL)) {
                poll.setString(1, "bench-reader");
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    try (ResultSet r = poll.executeQuery()) {
                        while (r.next()) {
                            rows++;
                        }
                    }
                    nanos.add(System.nanoTime() - t0);
                }
            }
            Map<String, Long> after = handlerReads(c);
            StringBuilder reads = new StringBuilder();
            long total = 0;
            for (String name : after.keySet()) {
                long overhead = idle.get(name) - before.get(name);
                long delta = after.get(name) - idle.get(name) - overhead;
                if (delta > 0) {
                    reads.append(String.format(" %s %.1f", name, delta / (double) runs));
                    total += delta;
                }
            }
            List<Map<String, Object>> plan = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("ANALYZE " + POLL.replace("?", "'bench-reader'"))) {
                while (r.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (String col : List.of("type", "key", "rows", "r_rows", "Extra")) {
                        row.put(col, r.getObject(col));
                    }
                    plan.add(row);
                }
            }
            report.append(String.format("""
                      the poll's statement with %d rows in node_signal (3,000 over the last 10 minutes), %d runs on one connection:
                        %.2f ms p50, %.2f ms p95; %.1f rows returned; handler reads per run:%s (%.1f in all)
                        ANALYZE: %s
                    """, inTable, runs, ms(nanos, 0.5), ms(nanos, 0.95), rows / (double) runs, reads, total / (double) runs, plan));
        } finally {
            jdbc.sql("DELETE FROM node_signal WHERE node = :n").param("n", busyNode).update();
        }
    }

    private static Map<String, Long> handlerReads(Connection c) throws SQLException {
        Map<String, Long> counters = new java.util.TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW SESSION STATUS LIKE 'Handler_read%'")) {
            while (r.next()) {
                counters.put(r.getString(1), r.getLong(2));
            }
        }
        return counters;
    }

    private static double ms(List<Long> nanos, double quantile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
