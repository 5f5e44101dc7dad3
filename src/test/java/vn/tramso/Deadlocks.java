package vn.tramso;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Real InnoDB deadlocks (MariaDB error 1213) against the app's next transactions, made on a connection of its own.
 * Each round holds a row the app's transaction will wait for, waits until that transaction does wait for it (as
 * information_schema shows), then asks for a row the app's transaction already holds. InnoDB
 * finds the circle at once and rolls back the lighter of the two; a round first writes ballast rows (rolled back with
 * it when the round ends), so the app's transaction is always the one rolled back. A round in which this side lost
 * instead fails the test at {@link #close()}.
 */
public final class Deadlocks implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final String waitedFor;
    private final String heldByApp;
    private final Semaphore armed = new Semaphore(0);
    private final AtomicInteger made = new AtomicInteger();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<?> rounds;

    /**
     * Starts {@code rounds} rounds, one after another.
     *
     * @param waitedFor a statement locking the row the app's transaction will wait for
     * @param heldByApp a statement locking a row the app's transaction holds by then
     */
    public static Deadlocks start(DataSource dataSource, int rounds, String waitedFor, String heldByApp) {
        return new Deadlocks(dataSource, rounds, waitedFor, heldByApp);
    }

    private Deadlocks(DataSource dataSource, int rounds, String waitedFor, String heldByApp) {
        this.dataSource = dataSource;
        this.waitedFor = waitedFor;
        this.heldByApp = heldByApp;
        this.rounds = thread.submit(() -> {
            run(rounds);
            return null;
        });
    }

    /** Waits until the next round holds its row: the app's next transaction that needs it will lose a deadlock. */
    public void awaitArmed() {
        try {
            if (!armed.tryAcquire(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("No deadlock round began within " + PATIENCE + ": " + failure());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Deadlocks InnoDB found in the rounds so far, each lost by the app's transaction. */
    public int made() {
        return made.get();
    }

    /** Waits for the rounds to end; rethrows what went wrong in them. */
    @Override
    public void close() throws Exception {
        try {
            rounds.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A deadlock round failed", e.getCause());
        } catch (TimeoutException e) {
            rounds.cancel(true);
            throw new IllegalStateException("A deadlock round did not end within " + PATIENCE, e);
        } finally {
            thread.shutdownNow();
        }
    }

    private String failure() {
        if (!rounds.isDone()) {
            return "still running";
        }
        try {
            rounds.get();
            return "all rounds over";
        } catch (Exception e) {
            return e.toString();
        }
    }

    private void run(int count) throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (int round = 0; round < count; round++) {
                    ballast(c);
                    execute(c, waitedFor);
                    armed.release();
                    awaitWaiter(c);
                    long before = deadlocksSoFar(c);
                    execute(c, heldByApp); // the circle closes: InnoDB rolls the app's transaction back, then this goes on
                    if (deadlocksSoFar(c) > before) {
                        made.incrementAndGet();
                    }
                    c.rollback();
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /** Fifty rows written first make this transaction the heavier one, which InnoDB does not choose to roll back. */
    private static void ballast(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO quota_use (quota, subject, period_start, lim, used)
                SELECT 'test-deadlock-ballast', CONCAT(?, '-', seq), NOW(), 1, 1 FROM seq_1_to_50
                """)) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
    }

    /** The deadlocks InnoDB has found since the server started. */
    private static long deadlocksSoFar(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Polls until another transaction waits for a lock this connection's transaction holds. InnoDB refreshes what
     * information_schema shows of its transactions and locks only when nobody read it in the last 100 ms, so every
     * read waits that long first: a quicker read would see the round before.
     */
    private static void awaitWaiter(Connection c) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (PreparedStatement waiting = c.prepareStatement("""
                SELECT COUNT(*) FROM information_schema.INNODB_LOCK_WAITS w
                JOIN information_schema.INNODB_TRX t ON t.trx_id = w.blocking_trx_id
                WHERE t.trx_mysql_thread_id = CONNECTION_ID()
                """)) {
            while (true) {
                Thread.sleep(110);
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Nothing waited for the row this round holds within " + PATIENCE);
                }
            }
        }
    }
}
