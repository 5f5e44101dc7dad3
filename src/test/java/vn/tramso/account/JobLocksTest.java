package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;

/**
 * A cluster-wide job skips its run while another node holds its lock, and runs once it is free;
 * a daily job that another node ran a moment ago does not run again; each run counts once.
 */
@IntegrationTest
class JobLocksTest {

    @Autowired
    SignIns signIns;
    @Autowired
    LockProvider locks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

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
        double runs = runs();
        signIns.forgetOld();
        assertThat(oldRows()).as("run once the lock is free").isZero();
        assertThat(runs()).as("the run is counted").isEqualTo(runs + 1);
    }

    @Test
    void a_daily_job_that_one_node_just_ran_does_not_run_again_on_the_next() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 6, 2, 2, 40));
        signIns.forgetOld(); // node A, at 02:40:00
        jdbc.sql("INSERT INTO sign_in_event (at, username, address, outcome) VALUES ('2026-01-01 08:00:00', 'cu.lam', '10.3.3.3', 'FAILED')")
                .update();
        double runs = runs();

        signIns.forgetOld(); // node B, its clock a little behind, fires the same schedule
        assertThat(oldRows()).as("the second node skipped the day's run").isEqualTo(1);
        assertThat(runs()).isEqualTo(runs);
    }

    @AfterEach
    void freeTheLock() {
        // ShedLock remembers the row exists and only updates it: the row stays, its time runs out.
        jdbc.sql("UPDATE shedlock SET lock_until = CURRENT_TIMESTAMP(3) WHERE name = 'sign-in-purge'").update();
        jdbc.sql("DELETE FROM sign_in_event WHERE username = 'cu.lam'").update();
    }

    private double runs() {
        Counter counter = meters.find("tramso.jobs.runs").tag("job", "sign-in-purge").counter();
        return counter == null ? 0 : counter.count();
    }

    private int oldRows() {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_event WHERE username = 'cu.lam'").query(Integer.class).single();
    }
}
