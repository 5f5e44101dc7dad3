package vn.tramso.base.db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.retry.MethodRetryEvent;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns on Spring's {@code @Retryable} advice that {@link RetryOnWriteConflict} stands for, and counts what it
 * does for the operators: {@code tramso.write_conflicts} with {@code outcome=lost} for every attempt that lost a
 * write conflict, {@code outcome=gave_up} for a call that lost all its attempts (and was reported to the user as not
 * saved, logged as a warning). On a Galera cluster a steady rate of lost attempts means two nodes keep writing the
 * same rows. See docs/decisions/007-retries-on-write-conflicts.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class WriteConflictRetries {

    private static final Logger LOG = LoggerFactory.getLogger(WriteConflictRetries.class);

    private final Counter lost;
    private final Counter gaveUp;

    WriteConflictRetries(MeterRegistry registry) {
        this.lost = Counter.builder("tramso.write_conflicts").description("Attempts of a write that lost to another one (deadlock, Galera conflict, lock wait)")
                .tag("outcome", "lost").register(registry);
        this.gaveUp = Counter.builder("tramso.write_conflicts").description("Attempts of a write that lost to another one (deadlock, Galera conflict, lock wait)")
                .tag("outcome", "gave_up").register(registry);
    }

    @EventListener
    void on(MethodRetryEvent event) {
        if (!WriteConflict.isConflict(event.getFailure()) || TransactionSynchronizationManager.isActualTransactionActive()) {
            // a refusal or a bug (thrown at once, never retried), or a call inside a running transaction (whoever
            // began that transaction retries it, and counts it then)
            return;
        }
        if (!event.isRetryAborted()) {
            lost.increment();
            LOG.debug("{} lost a write conflict: {}", event.getMethod().getName(), event.getFailure().toString());
        } else {
            gaveUp.increment();
            LOG.warn("{} lost a write conflict on every attempt, reported as not saved: {}", event.getMethod().getName(),
                    event.getFailure().toString());
        }
    }
}
