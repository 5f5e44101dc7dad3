package vn.tramso.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Problems only the operator can fix (a balance too low, the server's address not whitelisted, a
 * brand name or template not registered, a Zalo token that cannot be renewed): an ERROR in the log
 * and {@code tramso.messages.operator_problems{provider, code}}, for an alert rule on the counter.
 */
@Component
class MessageAlerts {

    private static final Logger log = LoggerFactory.getLogger(MessageAlerts.class);

    private final MeterRegistry registry;

    MessageAlerts(MeterRegistry registry) {
        this.registry = registry;
    }

    void operatorProblem(String provider, String code, String what) {
        log.error("{} refused messages for a reason only the operator can fix ({} {}): {}", provider, provider, code, what);
        Counter.builder("tramso.messages.operator_problems").description("Gateway answers that need the operator")
                .tag("provider", provider).tag("code", code).register(registry).increment();
    }
}
