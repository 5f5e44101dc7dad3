package vn.tramso.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;

/**
 * Two application nodes starting together: the second waits while the first migrates, then goes
 * on; a lock left by a node killed mid-migration (no longer renewed) is taken over once stale.
 */
@IntegrationTest
class MigrationLockTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_second_node_waits_until_the_first_has_migrated() throws Exception {
        MigrationLock first = new MigrationLock(dataSource);
        MigrationLock second = new MigrationLock(dataSource);
        first.acquire();

        CompletableFuture<Void> waiting = CompletableFuture.runAsync(second::acquire);
        Thread.sleep(1500);
        assertThat(waiting).as("the second node waits while the first migrates").isNotDone();

        first.release();
        waiting.get(5, TimeUnit.SECONDS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_migration_lock").query(Integer.class).single()).isEqualTo(1);
        second.release();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_migration_lock").query(Integer.class).single()).isZero();
    }

    @Test
    void a_lock_left_by_a_node_killed_mid_migration_is_taken_over_once_stale() throws Exception {
        new MigrationLock(dataSource).acquire(); // makes the table
        jdbc.sql("UPDATE flyway_migration_lock SET holder = 'killed node', taken_at = NOW(3) - INTERVAL 121 SECOND").update();

        MigrationLock next = new MigrationLock(dataSource);
        CompletableFuture.runAsync(next::acquire).get(5, TimeUnit.SECONDS);
        assertThat(jdbc.sql("SELECT holder FROM flyway_migration_lock").query(String.class).single()).isNotEqualTo("killed node");
    }

    @Test
    void a_fresh_lock_of_another_node_is_not_taken_over() throws Exception {
        new MigrationLock(dataSource).acquire();
        jdbc.sql("UPDATE flyway_migration_lock SET holder = 'busy node', taken_at = NOW(3) - INTERVAL 100 SECOND").update();

        CompletableFuture<Void> waiting = CompletableFuture.runAsync(new MigrationLock(dataSource)::acquire);
        Thread.sleep(1500);
        assertThat(waiting).isNotDone();
        jdbc.sql("DELETE FROM flyway_migration_lock").update();
        waiting.get(5, TimeUnit.SECONDS);
    }

    @Test
    void a_node_still_migrating_keeps_its_lock_however_long_it_takes() throws Exception {
        MigrationLock slow = new MigrationLock(dataSource, java.time.Duration.ofMillis(200));
        slow.acquire();
        jdbc.sql("UPDATE flyway_migration_lock SET taken_at = NOW(3) - INTERVAL 10 MINUTE").update(); // a long migration
        Thread.sleep(600); // its heartbeat renews the row

        CompletableFuture<Void> waiting = CompletableFuture.runAsync(new MigrationLock(dataSource)::acquire);
        Thread.sleep(1500);
        assertThat(waiting).as("not taken over from a node that is alive").isNotDone();
        slow.release();
        waiting.get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void free() {
        jdbc.sql("DELETE FROM flyway_migration_lock").update();
    }
}
