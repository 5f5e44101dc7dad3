package vn.tramso.base.db;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Lets one application node at a time migrate the schema, on a Galera cluster too. Flyway guards
 * a migration with MariaDB's {@code GET_LOCK}, but turns that off when {@code wsrep_on} is set
 * (Galera's named locks do not cross nodes) and falls back to a row lock on its history table,
 * which every DDL statement's implicit commit lets go: two nodes started together on an empty
 * Galera database both ran V10 and one failed with "Table 'concern' already exists"
 * (docs/decisions/008-two-app-nodes-on-galera.md). Here, before Flyway migrates, a node inserts the
 * single row of {@code flyway_migration_lock}; a second node's insert fails on the primary key
 * (or on Galera's certification, from another database node) and it waits, then finds nothing left
 * to migrate. The row goes when the migration ends, failed or not. While it migrates, the node
 * renews the row's time every {@link #HEARTBEAT}; a row not renewed for {@link #STALE} (its node
 * was killed mid-migration) is taken over, so a restart after such a crash waits two minutes, not
 * for ever.
 *
 * <p>The table is Flyway's own machinery, like {@code flyway_schema_history}, so it is made here
 * and not by a migration.
 */
@Component
public class MigrationLock implements Callback {

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);
    static final Duration HEARTBEAT = Duration.ofSeconds(20);
    static final Duration STALE = Duration.ofMinutes(2);
    /** A migration may take long (an index on a big table); the lock's holder is alive as long as it renews. */
    private static final Duration WAIT = Duration.ofHours(6);

    private final DataSource dataSource;
    private ScheduledExecutorService heartbeat;
    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    private final Duration every;

    @Autowired
    public MigrationLock(DataSource dataSource) {
        this(dataSource, HEARTBEAT);
    }

    /** @param every how often the holder renews its row (tests renew faster) */
    MigrationLock(DataSource dataSource, Duration every) {
        this.dataSource = dataSource;
        this.every = every;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE || event == Event.AFTER_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (event == Event.BEFORE_MIGRATE) {
            acquire();
        } else {
            release();
        }
    }

    @Override
    public String getCallbackName() {
        return "migration lock";
    }

    /** Waits until this node holds the lock. */
    public void acquire() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String waitingFor = null;
        while (true) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                c.createStatement().execute("""
                        CREATE TABLE IF NOT EXISTS flyway_migration_lock (
                            id       INT PRIMARY KEY,
                            holder   VARCHAR(120) NOT NULL,
                            taken_at DATETIME(3)  NOT NULL
                        ) ENGINE = InnoDB""");
                try (PreparedStatement take = c.prepareStatement("INSERT INTO flyway_migration_lock (id, holder, taken_at) VALUES (1, ?, NOW(3))")) {
                    take.setString(1, holder);
                    take.executeUpdate();
                    log.info("Migration lock taken by {}", holder);
                    startHeartbeat();
                    return;
                } catch (SQLException taken) {
                    if (!heldByAnother(taken)) {
                        throw taken;
                    }
                }
                try (PreparedStatement stale = c.prepareStatement(
                        "DELETE FROM flyway_migration_lock WHERE id = 1 AND taken_at < NOW(3) - INTERVAL ? SECOND")) { // not renewed
                    stale.setLong(1, STALE.toSeconds());
                    if (stale.executeUpdate() == 1) {
                        log.warn("Took over a migration lock not renewed for {}: its node stopped mid-migration; check the schema history", STALE);
                        continue;
                    }
                }
                String now = currentHolder(c);
                if (now != null && !now.equals(waitingFor)) {
                    log.info("Waiting for {} to finish migrating the schema", now);
                    waitingFor = now;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take the migration lock: " + e.getMessage(), e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another node has been migrating the schema for more than " + WAIT
                        + "; see flyway_migration_lock and that node's log");
            }
            sleep();
        }
    }

    /** Lets the next node migrate (it will find nothing left to do). */
    public void release() {
        stopHeartbeat();
        try (Connection c = dataSource.getConnection();
             PreparedStatement free = c.prepareStatement("DELETE FROM flyway_migration_lock WHERE id = 1 AND holder = ?")) {
            c.setAutoCommit(true);
            free.setString(1, holder);
            free.executeUpdate();
        } catch (SQLException e) {
            log.warn("Could not release the migration lock; another node takes it over after {}", STALE, e);
        }
    }

    private synchronized void startHeartbeat() {
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "migration-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleWithFixedDelay(this::renew, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
    }

    private void renew() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement renew = c.prepareStatement("UPDATE flyway_migration_lock SET taken_at = NOW(3) WHERE id = 1 AND holder = ?")) {
            c.setAutoCommit(true);
            renew.setString(1, holder);
            renew.executeUpdate();
        } catch (SQLException e) {
            log.warn("Could not renew the migration lock: {}", e.toString());
        }
    }

    private static String currentHolder(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT holder FROM flyway_migration_lock WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** A duplicate key (1062), or Galera's certification conflict (1213) with another node's insert of the same row. */
    private static boolean heldByAnother(SQLException e) {
        return e.getErrorCode() == 1062 || e.getErrorCode() == 1213 || "23000".equals(e.getSQLState());
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the migration lock", e);
        }
    }
}
