package vn.tramso.base.db;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a database that cannot be reached or does not answer in time (stopped, restarting,
 * the pool's 3 s wait ran out, a statement timed out), wherever it sits in an exception's causes:
 * Spring wraps the driver's and the pool's exceptions, and a transaction that cannot begin wraps
 * them again. Nothing was written by the work that failed this way.
 *
 * <p>A write that lost a {@linkplain WriteConflict write conflict} on every attempt ({@link RetryOnWriteConflict})
 * counts too: the database rolled it back, and the person is told the same (busy, nothing saved, try again). Most
 * such conflicts are transient exceptions already; a lock wait that ran out (1205) is recognised by its code.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean isOutage(Throwable thrown) {
        if (WriteConflict.isConflict(thrown)) {
            return true;
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among them
                    || t instanceof TransientDataAccessException // QueryTimeoutException among them
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException // SQLTransientConnectionException: Hikari's wait ran out
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }
}
