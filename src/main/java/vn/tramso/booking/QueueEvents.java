package vn.tramso.booking;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open screens (kiosk tickets, volunteer queues) that a village's queue moved, once the
 * change is committed. Screens subscribe while attached and refresh themselves with server push.
 */
@Component
public class QueueEvents {

    private static final Logger log = LoggerFactory.getLogger(QueueEvents.class);

    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();

    /** @return call to unsubscribe */
    public Runnable subscribe(long villageId, LongConsumer listener) {
        listeners.computeIfAbsent(villageId, v -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.getOrDefault(villageId, Set.of()).remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueChanged event) {
        for (LongConsumer listener : listeners.getOrDefault(event.villageId(), Set.of())) {
            try {
                listener.accept(event.villageId());
            } catch (RuntimeException e) {
                log.warn("A queue listener failed", e);
            }
        }
    }
}
