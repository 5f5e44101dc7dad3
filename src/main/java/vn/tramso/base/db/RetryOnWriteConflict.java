package vn.tramso.base.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the method again, from its start and in a new transaction, when it lost a {@linkplain WriteConflict
 * write conflict}: up to {@value #ATTEMPTS} attempts in all, with short pauses between them (25-35, 30-70, then
 * 60-140 ms, random within each so that two nodes that collided do not collide again in step), and no new attempt
 * once {@value #WITHIN_MS} ms have passed. After the last, the caller gets the conflict's
 * {@code DataAccessException}, which the screens treat as "busy, nothing saved" ({@link DatabaseOutage}).
 *
 * <p>Put it on a public service method whose writes are one transaction, or are each safe to repeat: the retry
 * wraps the method from outside, so it also wraps the method's own {@code @Transactional} (Spring's retry advice is
 * added before the transaction's on the same proxy; {@code WriteConflictRetryTest} checks every such method). Called
 * inside a transaction that is already running, the method is not retried by itself: the database rolled back that
 * whole transaction, so only whoever began it can run it again. A call from inside the same class does not pass
 * through the proxy and is not retried. Why, which operations and what the user sees:
 * docs/decisions/007-retries-on-write-conflicts.md.
 */
@Target({ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = RetryOnWriteConflict.OutsideTransactions.class, maxRetries = RetryOnWriteConflict.ATTEMPTS - 1,
        delay = 25, jitter = 10, multiplier = 2, maxDelay = 200, timeout = RetryOnWriteConflict.WITHIN_MS)
public @interface RetryOnWriteConflict {

    /** Attempts in all, the first one included. */
    int ATTEMPTS = 4;

    /**
     * No attempt starts later than this after the first one started: a lock wait that ran out (1205) has already
     * waited innodb_lock_wait_timeout, and a kiosk tap should not wait that long again.
     */
    long WITHIN_MS = 3_000;

    /** Retries a write conflict, and only where no transaction is running any more (the method began its own). */
    final class OutsideTransactions implements MethodRetryPredicate {

        @Override
        public boolean shouldRetry(Method method, Throwable failure) {
            return WriteConflict.isConflict(failure) && !TransactionSynchronizationManager.isActualTransactionActive();
        }
    }
}
