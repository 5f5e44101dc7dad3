package vn.tramso.base;

import java.time.LocalDateTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counted limits held by the database (bookings per kiosk per hour, per phone per week, SMS per
 * commune per day): one row per quota, subject and period. Taking a use inside the caller's
 * transaction locks the row until commit, so concurrent callers count one after another and a
 * rolled-back caller gives its use back. Several app nodes share the count. See V5 migration.
 * The store of {@code quota_use}, shared by every feature (decision 010).
 */
@Repository
public class QuotaStore {

    private final JdbcClient jdbc;

    QuotaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes one use of {@code quota} for {@code subject} in the period starting at {@code period}.
     *
     * @return false, changing nothing, when the period's {@code limit} uses are taken already
     */
    public boolean take(String quota, String subject, LocalDateTime period, int limit) {
        try {
            jdbc.sql("""
                            INSERT INTO quota_use (quota, subject, period_start, lim, used) VALUES (:q, :s, :p, :lim, 1)
                            ON DUPLICATE KEY UPDATE lim = :lim, used = used + 1
                            """)
                    .param("q", quota).param("s", subject).param("p", period).param("lim", limit).update();
            return true;
        } catch (DataIntegrityViolationException e) {
            return false; // the CHECK (used <= lim) refused the statement; the transaction goes on
        }
    }

    /** Uses taken in the period so far. */
    public int used(String quota, String subject, LocalDateTime period) {
        return jdbc.sql("SELECT COALESCE(MAX(used), 0) FROM quota_use WHERE quota = :q AND subject = :s AND period_start = :p")
                .param("q", quota).param("s", subject).param("p", period).query(Integer.class).single();
    }

    /** Forgets the counts of periods that started before {@code time}. */
    public int forgetBefore(LocalDateTime time) {
        return jdbc.sql("DELETE FROM quota_use WHERE period_start < :t").param("t", time).update();
    }
}
