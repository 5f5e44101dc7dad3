package vn.tramso.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox every 30 seconds. Off where
 * {@code tramso.scheduling.enabled=false} (the tests, which run the dispatcher themselves).
 */
@Component
@ConditionalOnProperty(name = "tramso.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class OutboxJob {

    private final OutboxDispatcher dispatcher;

    OutboxJob(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${tramso.outbox.interval:30s}", initialDelayString = "10s")
    @SchedulerLock(name = "outbox", lockAtMostFor = "PT5M")
    void run() {
        dispatcher.dispatchDue();
    }
}
