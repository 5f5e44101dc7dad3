package vn.tramso.base.cluster;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, one node deletes the signals older than 10 minutes (the nodes read only the last
 * seconds; the rest is kept to look at when something went wrong). Off where
 * {@code tramso.scheduling.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "tramso.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SignalPurge {

    private final NodeSignals signals;

    SignalPurge(NodeSignals signals) {
        this.signals = signals;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @SchedulerLock(name = "node-signal-purge", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    void purge() {
        signals.purge();
    }
}
