package vn.tramso.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tramso.base.JobLocks;

/**
 * Sends what is due in the outbox every 30 seconds, and deletes the messages past their retention
 * every night ({@link Outbox#purge()}). Off where
 * {@code tramso.scheduling.enabled=false} (the tests, which run the dispatcher themselves).
 */
@Component
@ConditionalOnProperty(name = "tramso.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class OutboxJob {

    private final OutboxDispatcher dispatcher;

    private final Outbox outbox;

    OutboxJob(OutboxDispatcher dispatcher, Outbox outbox) {
        this.dispatcher = dispatcher;
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${tramso.outbox.interval:30s}", initialDelayString = "10s")
    @SchedulerLock(name = "outbox", lockAtMostFor = "PT5M")
    void run() {
        dispatcher.dispatchDue();
    }

    @Scheduled(cron = "0 50 2 * * *", zone = "${tramso.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "outbox-purge", lockAtMostFor = "PT10M", lockAtLeastFor = JobLocks.DAILY)
    void purge() {
        outbox.purge();
    }
}
