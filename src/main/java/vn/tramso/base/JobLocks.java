package vn.tramso.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With several app nodes, a job that changes shared data (the summaries' refresh, the SMS outbox,
 * the bookings' day end, purges) runs on one node at a time: its {@code @SchedulerLock} takes a
 * row of the {@code shedlock} table, timed by the database's clock. Jobs that serve their own
 * node's screens (pushing alerts, deleting its temporary files) take no lock.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }
}
