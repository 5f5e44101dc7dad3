package vn.tramso.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What counts as "the database is out" (the busy message), and what does not (a real error, logged as one). */
class DatabaseOutageTest {

    @Test
    void a_pool_that_gave_up_waiting_a_dropped_connection_or_a_timed_out_statement_is_an_outage_however_wrapped() {
        SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException("request timed out after 3000ms");
        assertThat(DatabaseOutage.isOutage(new CannotGetJdbcConnectionException("no connection", poolTimeout))).isTrue();
        assertThat(DatabaseOutage.isOutage(new CannotCreateTransactionException("no transaction", poolTimeout))).isTrue();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("from a listener",
                new DataAccessResourceFailureException("socket", new SQLNonTransientConnectionException("Socket error"))))).isTrue();
        assertThat(DatabaseOutage.isOutage(new QueryTimeoutException("30 s"))).isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException(poolTimeout))).isTrue();
    }

    @Test
    void a_refused_write_or_a_bug_is_not_an_outage() {
        assertThat(DatabaseOutage.isOutage(new DuplicateKeyException("same code"))).isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalArgumentException("bad input"))).isFalse();
        assertThat(DatabaseOutage.isOutage(null)).isFalse();
    }
}
