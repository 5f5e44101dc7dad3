package vn.tramso.usage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tramso.base.JobLocks;

/**
 * The usage summaries' refresh every 3 minutes (like adoption's, so a screen is minutes behind at
 * most) and the nightly purge of raw events, each once across the app nodes (ShedLock). Off where
 * {@code tramso.scheduling.enabled=false} (the tests, which call them).
 */
@Component
@ConditionalOnProperty(name = "tramso.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class UsageJobs {

    private final UsageSummaries summaries;

    UsageJobs(UsageSummaries summaries) {
        this.summaries = summaries;
    }

    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${tramso.usage.refresh-every:PT3M}")
    @SchedulerLock(name = "usage-summaries", lockAtMostFor = "PT15M", lockAtLeastFor = "PT2M")
    void refresh() {
        summaries.refresh();
    }

    @Scheduled(cron = "0 20 1 * * *", zone = "${tramso.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "usage-purge", lockAtMostFor = "PT30M", lockAtLeastFor = JobLocks.DAILY)
    void purge() {
        summaries.purge();
    }
}
