package vn.tramso.base.db;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Recognises a write that lost to another one, wherever it sits in an exception's causes: an InnoDB
 * deadlock, a certification conflict of a Galera cluster (both MariaDB error 1213, "try restarting
 * transaction"; on Galera it comes at COMMIT), or a lock wait that ran out (1205). The database
 * rolled the loser back, so the work can run again from the start in a new transaction: see
 * {@link RetryOnWriteConflict} and docs/decisions/007-retries-on-write-conflicts.md.
 *
 * <p>Spring translates 1213 into a {@link PessimisticLockingFailureException} (the driver's
 * {@link SQLTransactionRollbackException}, SQL state 40001), also when the transaction manager's
 * commit fails, because Spring Boot's is a {@code JdbcTransactionManager}. A 1205 arrives as a plain
 * {@link SQLException} (SQL state HY000), which Spring leaves uncategorized: it is recognised by its
 * error code.
 */
public final class WriteConflict {

    /** ER_LOCK_DEADLOCK: an InnoDB deadlock's victim, or a Galera certification conflict. */
    static final int DEADLOCK = 1213;
    /** ER_LOCK_WAIT_TIMEOUT: innodb_lock_wait_timeout ran out. */
    static final int LOCK_WAIT_TIMEOUT = 1205;

    private WriteConflict() {
    }

    public static boolean isConflict(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException
                    || t instanceof SQLTransactionRollbackException
                    || t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
