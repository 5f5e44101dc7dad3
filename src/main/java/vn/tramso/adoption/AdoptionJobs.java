package vn.tramso.adoption;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The summaries' schedule: 10 seconds after start and then every 3 minutes (so a dashboard is at
 * most about 5 minutes behind), a refresh, or the nightly run when it is due (see
 * {@link SummaryRefresh#scheduled()}). Off where {@code tramso.scheduling.enabled=false} (the
 * tests, which refresh themselves).
 */
@Component
@ConditionalOnProperty(name = "tramso.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class AdoptionJobs {

    private final SummaryRefresh refresh;

    AdoptionJobs(SummaryRefresh refresh) {
        this.refresh = refresh;
    }

    /**
     * Each node calls every {@code tramso.adoption.refresh-every}; the lock is held at least a bit
     * less than that, so with several nodes the refresh still runs once per interval, not once per node.
     */
    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${tramso.adoption.refresh-every:PT3M}")
    @SchedulerLock(name = "adoption-summaries", lockAtMostFor = "PT30M", lockAtLeastFor = "${tramso.adoption.refresh-lock-at-least:PT2M30S}")
    void summaries() {
        refresh.scheduled();
    }
}
