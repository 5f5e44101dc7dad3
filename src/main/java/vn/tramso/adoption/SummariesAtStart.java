package vn.tramso.adoption;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where {@code tramso.adoption.summaries-at-start=true} (the demo run), the summaries are refreshed
 * once before the app reports ready, so the dashboards show figures from the first minute rather
 * than after the first scheduled refresh ({@link AdoptionJobs}). It takes that job's lock: where
 * another node is refreshing, this one starts without waiting.
 */
@Component
@ConditionalOnProperty(name = "tramso.adoption.summaries-at-start", havingValue = "true")
class SummariesAtStart {

    private final SummaryRefresh refresh;

    SummariesAtStart(SummaryRefresh refresh) {
        this.refresh = refresh;
    }

    @EventListener(ApplicationStartedEvent.class)
    @SchedulerLock(name = "adoption-summaries", lockAtMostFor = "PT30M")
    void summaries() {
        refresh.scheduled();
    }
}
