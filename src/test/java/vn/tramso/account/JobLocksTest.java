package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;

/** A cluster-wide job skips its run while another node holds its lock, and runs once it is free. */
@IntegrationTest
class JobLocksTest {

    @Autowired
    SignIns signIns;
    @Autowired
    LockProvider locks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_purge_does_nothing_while_another_node_runs_it() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 6, 1, 2, 40));
        jdbc.sql("INSERT INTO sign_in_event (at, username, address, outcome) VALUES ('2026-01-01 08:00:00', 'cu.lam', '10.3.3.3', 'FAILED')")
                .update();

        Optional<SimpleLock> otherNode = locks.lock(new LockConfiguration(Instant.now(), "sign-in-purge", Duration.ofMinutes(5), Duration.ZERO));
        assertThat(otherNode).as("the lock was free").isPresent();
        signIns.forgetOld();
        assertThat(oldRows()).as("skipped: another node holds the lock").isEqualTo(1);

        otherNode.get().unlock();
        signIns.forgetOld();
        assertThat(oldRows()).as("run once the lock is free").isZero();
    }

    private int oldRows() {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_event WHERE username = 'cu.lam'").query(Integer.class).single();
    }
}
