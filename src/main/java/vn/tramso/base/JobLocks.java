package vn.tramso.base;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With several app nodes, a job that changes shared data (the summaries' refresh, the SMS outbox,
 * the bookings' day end, purges) runs on one node at a time: its {@code @SchedulerLock} takes a
 * row of the {@code shedlock} table, timed by the database's clock. Every node fires its own
 * schedule, so a job whose run is short would run again on the next node a moment later; daily
 * jobs therefore keep their lock for {@link #DAILY} after they finish, and the summaries' refresh
 * for most of its interval. Jobs that serve their own node's screens (pushing alerts, deleting
 * its temporary files) take no lock.
 *
 * <p>Each run that took its lock counts in {@code tramso.jobs.runs{job}}, on the node that ran it:
 * the sum over the nodes is how often the job really ran (docker/cluster/check.sh reads it).
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class JobLocks {

    /** How long a daily job's lock outlives its run: longer than any clock skew between nodes, far shorter than a day. */
    public static final String DAILY = "PT5M";

    @Bean
    LockProvider lockProvider(DataSource dataSource, MeterRegistry meters) {
        LockProvider table = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
        return new Counted(table, meters);
    }

    /** The table's lock, counting each run it lets through. */
    private record Counted(LockProvider locks, MeterRegistry meters) implements LockProvider {
        @Override
        public Optional<SimpleLock> lock(LockConfiguration job) {
            Optional<SimpleLock> lock = locks.lock(job);
            lock.ifPresent(l -> meters.counter("tramso.jobs.runs", "job", job.getName()).increment());
            return lock;
        }
    }
}
