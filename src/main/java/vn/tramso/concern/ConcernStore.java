package vn.tramso.concern;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of concerns, their journal and the communes' due times. */
@Repository
class ConcernStore {

    /**
     * Which concerns to list: those of the villages (at least one), when given of the category and
     * in the status; or, with {@code toPassOn}, those whose answer (or referral) is to be brought back
     * to the resident, with the duplicates whose original has one.
     */
    record Criteria(List<Long> villageIds, ConcernCategory category, ConcernStatus status, boolean toPassOn) {

        /** The concerns of the villages, of the category and in the status where given. */
        static Criteria in(List<Long> villageIds, ConcernCategory category, ConcernStatus status) {
            return new Criteria(List.copyOf(villageIds), category, status, false);
        }

        /** The village's answers to pass on, with the duplicates whose original is answered. */
        static Criteria toPassOn(long villageId) {
            return new Criteria(List.of(villageId), null, null, true);
        }
    }

    /**
     * What a move sets besides the status, each when given: the answer, the referral, the original
     * of a duplicate, when it was answered (or referred), and when it was closed, which also forgets
     * the resident's phone.
     */
    record Changes(String answer, String referredTo, Long duplicateOf, LocalDateTime answeredAt, LocalDateTime closedAt) {

        static final Changes NONE = new Changes(null, null, null, null, null);

        static Changes answer(String answer, LocalDateTime at) {
            return new Changes(answer, null, null, at, null);
        }

        static Changes referral(String referredTo, LocalDateTime at) {
            return new Changes(null, referredTo, null, at, null);
        }

        static Changes duplicateOf(long originalId) {
            return new Changes(null, null, originalId, null, null);
        }

        static Changes closed(LocalDateTime at) {
            return new Changes(null, null, null, null, at);
        }
    }

    /** A concern's own columns: {@link ConcernNames} adds its village's name, its household's code and its author's name. */
    private static final String SELECT = "SELECT c.* FROM concern c";

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
     * Moves the concern from the status it was read in to another, with the changes that go with
     * it; false when someone changed it meanwhile.
     */
    boolean move(long id, ConcernStatus from, ConcernStatus to, Changes changes) {
        StringBuilder set = new StringBuilder("status = :to, version = version + 1");
        Map<String, Object> params = new HashMap<>();
        if (changes.answer() != null) {
            set.append(", answer = :answer");
            params.put("answer", changes.answer());
        }
        if (changes.referredTo() != null) {
            set.append(", referred_to = :referredTo");
            params.put("referredTo", changes.referredTo());
        }
        if (changes.duplicateOf() != null) {
            set.append(", duplicate_of = :of");
            params.put("of", changes.duplicateOf());
        }
        if (changes.answeredAt() != null) {
            set.append(", answered_at = :answeredAt");
            params.put("answeredAt", changes.answeredAt());
        }
        if (changes.closedAt() != null) {
            set.append(", closed_at = :closedAt, contact_phone = NULL");
            params.put("closedAt", changes.closedAt());
        }
        var spec = jdbc.sql("UPDATE concern SET " + set + " WHERE id = :id AND status = :from")
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

    /** The concern's journal, oldest first, without the names of who made the changes. */
    List<ConcernEvent> events(long id) {
        return jdbc.sql("""
                        SELECT e.at, e.by_user, e.from_status, e.to_status, e.note FROM concern_event e
                        WHERE e.concern_id = :id ORDER BY e.at, e.id
                        """)
                .param("id", id)
                .query((rs, n) -> new ConcernEvent(rs.getObject(1, LocalDateTime.class), rs.getObject(2, Long.class), null,
                        rs.getString(3) == null ? null : ConcernStatus.valueOf(rs.getString(3)), ConcernStatus.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    Optional<Concern> byId(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(ConcernStore::concern).optional();
    }

    /** The concerns that meet the criteria: overdue first, then by due time; at most 300. */
    List<Concern> list(Criteria criteria, LocalDateTime now) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("c.village_id IN (:villages)");
        params.put("villages", criteria.villageIds());
        if (criteria.category() != null) {
            where.add("c.category = :category");
            params.put("category", criteria.category().name());
        }
        if (criteria.status() != null) {
            where.add("c.status = :status");
            params.put("status", criteria.status().name());
        }
        if (criteria.toPassOn()) {
            where.add("""
                    (c.status IN ('ANSWERED', 'NOT_COMPETENT') OR c.status = 'DUPLICATE' AND EXISTS (
                        SELECT 1 FROM concern o WHERE o.id = c.duplicate_of AND o.status IN ('ANSWERED', 'NOT_COMPETENT', 'CLOSED')))""");
        }
        var spec = jdbc.sql(SELECT + " WHERE " + String.join(" AND ", where) + """
                 ORDER BY (c.status IN ('NEW', 'FORWARDED', 'IN_PROGRESS') AND c.due_at < :now) DESC,
                          c.status IN ('CLOSED', 'DUPLICATE'), c.due_at, c.id DESC LIMIT 300""").param("now", now);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(ConcernStore::concern).list();
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
        return new Concern(rs.getLong("id"), rs.getLong("village_id"), null,
                rs.getObject("household_id", Long.class), null, rs.getObject("session_id", Long.class),
                ConcernCategory.valueOf(rs.getString("category")), rs.getString("text"), ConcernSource.valueOf(rs.getString("source")),
                rs.getObject("recorded_by", Long.class), null, rs.getString("contact_phone"), ConcernStatus.valueOf(rs.getString("status")),
                rs.getString("answer"), rs.getString("referred_to"), rs.getObject("duplicate_of", Long.class),
                rs.getObject("due_at", LocalDateTime.class), rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("answered_at", LocalDateTime.class), rs.getObject("closed_at", LocalDateTime.class),
                rs.getInt("version"));
    }
}
