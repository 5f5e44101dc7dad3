package vn.tramso.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What counts as a write that lost to another one (retried, then shown as "not saved"), in the shapes MariaDB
 * Connector/J 3.5 and Spring 7 give it: checked against MariaDB 10.11 and a two-node Galera 26.4 cluster.
 */
class WriteConflictTest {

    static final SQLTransactionRollbackException DEADLOCK = new SQLTransactionRollbackException(
            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);

    @Test
    void a_deadlock_or_a_galera_conflict_at_commit_is_a_conflict_whichever_transaction_manager_reports_it() {
        assertThat(WriteConflict.isConflict(new CannotAcquireLockException("JDBC commit", DEADLOCK)))
                .as("JdbcTransactionManager (Spring Boot's)").isTrue();
        assertThat(WriteConflict.isConflict(new TransactionSystemException("JDBC commit failed", DEADLOCK)))
                .as("a plain DataSourceTransactionManager").isTrue();
        assertThat(DatabaseOutage.isOutage(new CannotAcquireLockException("JDBC commit", DEADLOCK))).isTrue();
    }

    @Test
    void a_lock_wait_that_ran_out_is_a_conflict_though_spring_leaves_it_uncategorized() {
        UncategorizedSQLException timeout = new UncategorizedSQLException("UPDATE", "UPDATE slot_load ...",
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205));
        assertThat(WriteConflict.isConflict(timeout)).isTrue();
        assertThat(DatabaseOutage.isOutage(timeout)).as("shown as busy, nothing saved").isTrue();
    }

    @Test
    void a_refused_write_is_not_a_conflict() {
        assertThat(WriteConflict.isConflict(new DuplicateKeyException("same code"))).isFalse();
        assertThat(WriteConflict.isConflict(new DataIntegrityViolationException("CHECK ck_slot_load_booked",
                new SQLIntegrityConstraintViolationException("CONSTRAINT failed", "23000", 4025)))).isFalse();
        assertThat(WriteConflict.isConflict(null)).isFalse();
    }
}
