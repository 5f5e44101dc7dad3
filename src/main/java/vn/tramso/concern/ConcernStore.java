package vn.tramso.concern;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of concerns, their journal and the communes' due times. */
@Repository
class ConcernStore {

    private static final String SELECT = """
            SELECT c.*, v.name AS village_name, h.code AS household_code, u.display_name AS recorded_by_name
            FROM concern c JOIN village v ON v.id = c.village_id
            LEFT JOIN household h ON h.id = c.household_id LEFT JOIN user_account u ON u.id = c.recorded_by
            """;

    private final JdbcClient jdbc;

    ConcernStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewConcern c, Long by, LocalDateTime dueAt, LocalDateTime now) {
        return jdbc.sql("""
                        INSERT INTO concern (village_id, household_id, session_id, category, text, source, recorded_by, contact_phone,
                                             status, due_at, created_at)
                        VALUES (:village, :household, :session, :category, :text, :source, :by, :phone, 'NEW', :due, :now)
                        RETURNING id
                        """)
                .param("village", c.villageId()).param("household", c.householdId()).param("session", c.sessionId())
                .param("category", c.category().name()).param("text", c.text()).param("source", c.source().name())
                .param("by", by).param("phone", c.contactPhone()).param("due", dueAt).param("now", now)
                .query(Long.class).single();
    }

    /**
     * Moves the concern from the status it was read in to another, setting the given columns;
     * false when someone changed it meanwhile.
     */
    boolean move(long id, ConcernStatus from, ConcernStatus to, String set, Map<String, Object> params) {
        var spec = jdbc.sql("UPDATE concern SET status = :to, version = version + 1" + set + " WHERE id = :id AND status = :from")
                .param("id", id).param("from", from.name()).param("to", to.name());
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.update() == 1;
    }

    void event(long id, LocalDateTime at, Long by, ConcernStatus from, ConcernStatus to, String note) {
        jdbc.sql("""
                        INSERT INTO concern_event (concern_id, at, by_user, from_status, to_status, note)
                        VALUES (:id, :at, :by, :from, :to, :note)
                        """)
                .param("id", id).param("at", at).param("by", by).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("note", note).update();
    }

    List<ConcernEvent> events(long id) {
        return jdbc.sql("""
                        SELECT e.at, u.display_name, e.from_status, e.to_status, e.note FROM concern_event e
                        LEFT JOIN user_account u ON u.id = e.by_user WHERE e.concern_id = :id ORDER BY e.at, e.id
                        """)
                .param("id", id)
                .query((rs, n) -> new ConcernEvent(rs.getObject(1, LocalDateTime.class), rs.getString(2),
                        rs.getString(3) == null ? null : ConcernStatus.valueOf(rs.getString(3)), ConcernStatus.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    Optional<Concern> byId(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(ConcernStore::concern).optional();
    }

    /** Concerns of the villages matching {@code where}: overdue first, then by due time; at most 300. */
    List<Concern> list(String where, Map<String, Object> params, LocalDateTime now) {
        var spec = jdbc.sql(SELECT + " WHERE " + where + """
                 ORDER BY (c.status IN ('NEW', 'FORWARDED', 'IN_PROGRESS') AND c.due_at < :now) DESC,
                          c.status IN ('CLOSED', 'DUPLICATE'), c.due_at, c.id DESC LIMIT 300""").param("now", now);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(ConcernStore::concern).list();
    }

    List<ConcernCount> counts(long communeId, LocalDateTime now) {
        return jdbc.sql("""
                        SELECT c.village_id, c.category,
                               SUM(c.status IN ('NEW', 'FORWARDED', 'IN_PROGRESS')),
                               SUM(c.status IN ('NEW', 'FORWARDED', 'IN_PROGRESS') AND c.due_at < :now),
                               SUM(c.status = 'CLOSED' AND c.duplicate_of IS NULL),
                               SUM(c.status = 'CLOSED' AND c.answered_at IS NOT NULL AND c.answered_at <= c.due_at)
                        FROM concern c JOIN village v ON v.id = c.village_id
                        WHERE v.commune_id = :commune GROUP BY c.village_id, c.category ORDER BY c.village_id, c.category
                        """)
                .param("commune", communeId).param("now", now)
                .query((rs, n) -> new ConcernCount(rs.getLong(1), ConcernCategory.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .list();
    }

    Map<ConcernCategory, Integer> dueDays(long communeId) {
        Map<ConcernCategory, Integer> days = new EnumMap<>(ConcernCategory.class);
        jdbc.sql("SELECT category, due_days FROM concern_due WHERE commune_id = :c").param("c", communeId)
                .query(rs -> {
                    days.put(ConcernCategory.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return days;
    }

    void setDueDays(long communeId, ConcernCategory category, int days) {
        jdbc.sql("""
                        INSERT INTO concern_due (commune_id, category, due_days) VALUES (:c, :cat, :d)
                        ON DUPLICATE KEY UPDATE due_days = VALUES(due_days)
                        """)
                .param("c", communeId).param("cat", category.name()).param("d", days).update();
    }

    private static Concern concern(ResultSet rs, int n) throws SQLException {
        return new Concern(rs.getLong("id"), rs.getLong("village_id"), rs.getString("village_name"),
                rs.getObject("household_id", Long.class), rs.getString("household_code"), rs.getObject("session_id", Long.class),
                ConcernCategory.valueOf(rs.getString("category")), rs.getString("text"), ConcernSource.valueOf(rs.getString("source")),
                rs.getString("recorded_by_name"), rs.getString("contact_phone"), ConcernStatus.valueOf(rs.getString("status")),
                rs.getString("answer"), rs.getString("referred_to"), rs.getObject("duplicate_of", Long.class),
                rs.getObject("due_at", LocalDateTime.class), rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("answered_at", LocalDateTime.class), rs.getObject("closed_at", LocalDateTime.class),
                rs.getInt("version"));
    }
}
