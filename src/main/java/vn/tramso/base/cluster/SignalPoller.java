package vn.tramso.base.cluster;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the other nodes' signals every {@code tramso.cluster.signal-poll} (default 500 ms), on every
 * node: no {@code @SchedulerLock}, each node serves its own screens. Off, like the other jobs, where
 * {@code tramso.scheduling.enabled=false} (the tests, which call {@link NodeSignals#poll()} themselves,
 * so that no other test's signals reach their screens at a moment of the scheduler's choosing).
 */
@Component
@ConditionalOnProperty(name = "tramso.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SignalPoller {

    private final NodeSignals signals;

    SignalPoller(NodeSignals signals) {
        this.signals = signals;
    }

    @Scheduled(fixedDelayString = "${tramso.cluster.signal-poll:" + ClusterSettings.DEFAULT_POLL + "}", initialDelayString = "1s")
    void poll() {
        signals.poll();
    }
}
