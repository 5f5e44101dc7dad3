package vn.tramso.base.cluster;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This node's listeners of each topic, told of a signal on whichever thread has it; one that fails does not stop the others. */
class Subscribers {

    private static final Logger log = LoggerFactory.getLogger(Subscribers.class);

    private final Map<String, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();

    /** @return call to unsubscribe */
    Runnable add(String topic, LongConsumer listener) {
        listeners.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.getOrDefault(topic, Set.of()).remove(listener);
    }

    void tell(String topic, long subject) {
        for (LongConsumer listener : listeners.getOrDefault(topic, Set.of())) {
            try {
                listener.accept(subject);
            } catch (RuntimeException e) {
                log.warn("A listener of the signal {} failed", topic, e);
            }
        }
    }

    /** Tells every topic's listeners to look again at everything ({@link NodeSignals#ALL}). */
    void tellEveryTopicAll() {
        listeners.keySet().forEach(topic -> tell(topic, NodeSignals.ALL));
    }
}
