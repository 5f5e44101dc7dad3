package vn.tramso.booking;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tramso.base.cluster.NodeSignals;

/**
 * Tells open screens (kiosk tickets, volunteer queues) that a village's queue moved, once the
 * change is committed, on every app node: the change is sent as a signal between the nodes
 * ({@link NodeSignals}), which tells this node's screens at once and the other nodes' at their next
 * poll. Screens subscribe while attached and refresh themselves with server push.
 */
@Component
public class QueueEvents {

    /** The signal's subject is the village's id. */
    static final String TOPIC = "booking.queue";

    private static final Logger log = LoggerFactory.getLogger(QueueEvents.class);

    private final NodeSignals signals;
    private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();

    QueueEvents(NodeSignals signals) {
        this.signals = signals;
        signals.subscribe(TOPIC, this::tell);
    }

    /** @return call to unsubscribe */
    public Runnable subscribe(long villageId, LongConsumer listener) {
        listeners.computeIfAbsent(villageId, v -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.getOrDefault(villageId, Set.of()).remove(listener);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(QueueChanged event) {
        signals.send(TOPIC, event.villageId());
    }

    /** A village's queue changed on some node; {@link NodeSignals#ALL}: any may have. */
    private void tell(long villageId) {
        if (villageId == NodeSignals.ALL) {
            listeners.keySet().forEach(this::tellVillage);
        } else {
            tellVillage(villageId);
        }
    }

    private void tellVillage(long villageId) {
        for (LongConsumer listener : listeners.getOrDefault(villageId, Set.of())) {
            try {
                listener.accept(villageId);
            } catch (RuntimeException e) {
                log.warn("A queue listener failed", e);
            }
        }
    }
}
