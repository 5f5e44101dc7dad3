package vn.tramso.usage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The raw usage events: stored once per event id (a batch sent again is a no-op), counted per
 * village and day for the summaries, and deleted after their time.
 */
@Repository
class UsageStore {

    /** A repeated id leaves the stored row as it was (not INSERT IGNORE: that would also hide a bad value). */
    private static final String INSERT = """
            INSERT INTO usage_event (id, village_id, kiosk_id, visit, kind, guide_id, step, at, received_at)
            VALUES (:id, :village, :kiosk, :visit, :kind, :guide, :step, :at, :received)
            ON DUPLICATE KEY UPDATE id = id""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    UsageStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    void insert(List<UsageEvent> events, LocalDateTime received) {
        named.batchUpdate(INSERT, events.stream().map(e -> params(e, received)).toArray(SqlParameterSource[]::new));
    }

    /** A day's visits and guides finished per village: each visit once, each visit's guide finished once. */
    record DayCount(long villageId, LocalDate day, long visits, long guidesFinished) {
    }

    /** Visits that had an event of a kind at a guide's step, per village and day. */
    record StepCount(long villageId, LocalDate day, String guide, int step, UsageKind kind, long visits) {
    }

    List<DayCount> dayCounts(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT village_id, DATE(at), COUNT(DISTINCT visit),
                               COUNT(DISTINCT CASE WHEN kind = 'GUIDE_FINISHED' THEN CONCAT(visit, '/', guide_id) END)
                        FROM usage_event WHERE at >= :from AND at < :to GROUP BY village_id, DATE(at)""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new DayCount(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    List<StepCount> stepCounts(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT village_id, DATE(at), guide_id, step, kind, COUNT(DISTINCT visit)
                        FROM usage_event WHERE at >= :from AND at < :to AND guide_id IS NOT NULL AND step IS NOT NULL
                        GROUP BY village_id, DATE(at), guide_id, step, kind""")
                .param("from", from).param("to", to)
                .query((rs, n) -> new StepCount(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getInt(4),
                        UsageKind.valueOf(rs.getString(5)), rs.getLong(6)))
                .list();
    }

    /** The days of the events received since then (an offline kiosk's events can be days old). */
    List<LocalDate> changedDays(LocalDateTime since) {
        return jdbc.sql("SELECT DISTINCT DATE(at) FROM usage_event WHERE received_at >= :since ORDER BY 1")
                .param("since", since).query(LocalDate.class).list();
    }

    /** Deletes up to {@code limit} events from before then; returns how many. */
    int purge(LocalDateTime before, int limit) {
        return jdbc.sql("DELETE FROM usage_event WHERE at < :before LIMIT :limit")
                .param("before", before).param("limit", limit).update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM usage_event").query(Long.class).single();
    }

    private static SqlParameterSource params(UsageEvent e, LocalDateTime received) {
        return new MapSqlParameterSource().addValue("id", e.id().toString()).addValue("village", e.villageId())
                .addValue("kiosk", e.kiosk()).addValue("visit", e.visit().toString()).addValue("kind", e.kind().name())
                .addValue("guide", e.guide()).addValue("step", e.step()).addValue("at", e.at()).addValue("received", received);
    }
}
