package vn.tramso.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of households, members, their facts and summaries. */
@Repository
class HouseholdStore {

    /** Each member's latest fact of each kind: the current status. */
    static final String CURRENT_FACTS = """
            SELECT member_id, kind, value FROM (
                SELECT f.member_id, f.kind, f.value,
                       ROW_NUMBER() OVER (PARTITION BY f.member_id, f.kind ORDER BY f.as_of DESC, f.id DESC) AS rn
                FROM member_fact f JOIN household_member m ON m.id = f.member_id JOIN household h ON h.id = m.household_id
                WHERE %s
            ) latest WHERE rn = 1
            """;

    /** Whether a member counts as an adult (14+) this year: from the birth year when known. */
    static final String ADULT = "COALESCE(:year - m.birth_year >= 14, m.adult)";

    private final JdbcClient jdbc;

    HouseholdStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The village's households with what they lack, optionally only those whose code, head or a member matches. */
    List<HouseholdSummary> summaries(String where, Map<String, Object> params, int year) {
        String sql = """
                WITH cur AS (%s),
                     skills AS (SELECT member_id, SUM(value) AS n FROM cur WHERE kind LIKE 'SKILL%%' GROUP BY member_id)
                SELECT h.id, h.village_id, h.code, h.head_name, h.hamlet, h.last_visit_on,
                       COUNT(m.id) AS members,
                       COALESCE(SUM(%s), 0) AS adults,
                       COALESCE(SUM(%s AND COALESCE(l2.value, 0) < 2), 0) AS without_level_2,
                       COALESCE(MAX(skills.n = 5), 0) AS digital,
                       (SELECT u.display_name FROM household_assignment a JOIN user_account u ON u.id = a.member_user_id
                        WHERE a.household_id = h.id AND a.ended_on IS NULL) AS looker
                FROM household h
                LEFT JOIN household_member m ON m.household_id = h.id
                LEFT JOIN cur l2 ON l2.member_id = m.id AND l2.kind = 'VNEID'
                LEFT JOIN skills ON skills.member_id = m.id
                WHERE %s
                GROUP BY h.id
                ORDER BY h.hamlet, h.code
                """.formatted(CURRENT_FACTS.formatted(where), ADULT, ADULT, where);
        var spec = jdbc.sql(sql).param("year", year);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> new HouseholdSummary(rs.getLong("id"), rs.getLong("village_id"), rs.getString("code"),
                rs.getString("head_name"), rs.getString("hamlet"), rs.getInt("members"), rs.getInt("adults"),
                rs.getInt("without_level_2"), rs.getBoolean("digital"), rs.getObject("last_visit_on", LocalDate.class),
                rs.getString("looker"))).list();
    }

    Optional<Household> household(long id) {
        return jdbc.sql("SELECT * FROM household WHERE id = :id").param("id", id).query(HouseholdStore::household).optional();
    }

    Optional<Long> householdOfMember(long memberId) {
        return jdbc.sql("SELECT household_id FROM household_member WHERE id = :id").param("id", memberId)
                .query(Long.class).optional();
    }

    List<Member> members(long householdId, int year) {
        Map<Long, Map<Fact, Integer>> facts = currentFacts("h.id = :h", Map.of("h", householdId));
        return jdbc.sql("SELECT m.*, " + ADULT + " AS is_adult FROM household_member m WHERE m.household_id = :h ORDER BY m.id")
                .param("h", householdId).param("year", year)
                .query((rs, n) -> member(rs, facts.getOrDefault(rs.getLong("id"), Map.of()))).list();
    }

    Optional<Member> member(long memberId, int year) {
        Map<Long, Map<Fact, Integer>> facts = currentFacts("m.id = :m", Map.of("m", memberId));
        return jdbc.sql("SELECT m.*, " + ADULT + " AS is_adult FROM household_member m WHERE m.id = :m")
                .param("m", memberId).param("year", year)
                .query((rs, n) -> member(rs, facts.getOrDefault(rs.getLong("id"), Map.of()))).optional();
    }

    private Map<Long, Map<Fact, Integer>> currentFacts(String where, Map<String, Object> params) {
        Map<Long, Map<Fact, Integer>> facts = new HashMap<>();
        var spec = jdbc.sql(CURRENT_FACTS.formatted(where));
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        spec.query(rs -> {
            facts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Fact.class)).put(Fact.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return facts;
    }

    void addFact(long memberId, Fact fact, int value, LocalDate asOf, FactSource source, Long sessionId, Long by,
                 LocalDateTime at) {
        jdbc.sql("""
                        INSERT INTO member_fact (member_id, kind, value, as_of, source, session_id, recorded_by, recorded_at)
                        VALUES (:m, :kind, :value, :asOf, :source, :session, :by, :at)
                        """)
                .param("m", memberId).param("kind", fact.name()).param("value", value).param("asOf", asOf)
                .param("source", source.name()).param("session", sessionId).param("by", by).param("at", at).update();
    }

    List<FactRecord> factHistory(long memberId) {
        return jdbc.sql("""
                        SELECT f.kind, f.value, f.as_of, f.source, f.session_id, u.display_name FROM member_fact f
                        LEFT JOIN user_account u ON u.id = f.recorded_by WHERE f.member_id = :m ORDER BY f.as_of DESC, f.id DESC
                        """)
                .param("m", memberId)
                .query((rs, n) -> new FactRecord(Fact.valueOf(rs.getString(1)), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        FactSource.valueOf(rs.getString(4)), rs.getObject(5, Long.class), rs.getString(6)))
                .list();
    }

    /** Leaves an erased member's (or head's) fingerprint ({@link Tombstones}); the same one twice is kept once. */
    void bury(String fingerprint, long villageId, LocalDateTime at) {
        jdbc.sql("INSERT IGNORE INTO erased_person (fingerprint, village_id, erased_at) VALUES (:f, :v, :at)")
                .param("f", fingerprint).param("v", villageId).param("at", at).update();
    }

    /** The fingerprints of the members and heads erased in these villages. */
    Set<String> fingerprints(List<Long> villageIds) {
        return Set.copyOf(jdbc.sql("SELECT fingerprint FROM erased_person WHERE village_id IN (:v)").param("v", villageIds)
                .query(String.class).list());
    }

    /** The household's head was erased: their name goes from the household too (lists, search, exports). */
    void forgetHead(long householdId, LocalDateTime at) {
        jdbc.sql("UPDATE household SET head_name = NULL, updated_at = :at WHERE id = :id").param("id", householdId)
                .param("at", at).update();
    }

    private static Member member(ResultSet rs, Map<Fact, Integer> facts) throws SQLException {
        int year = rs.getInt("birth_year");
        Integer birthYear = rs.wasNull() ? null : year;
        String gender = rs.getString("gender");
        return new Member(rs.getLong("id"), rs.getLong("household_id"), rs.getString("full_name"), birthYear,
                rs.getBoolean("is_adult"), gender == null ? null : Gender.valueOf(gender), rs.getString("phone"),
                rs.getObject("erased_at") != null, facts);
    }

    static Household household(ResultSet rs, int n) throws SQLException {
        return new Household(rs.getLong("id"), rs.getLong("village_id"), rs.getString("code"), rs.getString("head_name"),
                rs.getString("hamlet"), rs.getString("address_line"), rs.getObject("last_visit_on", LocalDate.class));
    }
}
