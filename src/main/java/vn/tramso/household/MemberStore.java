package vn.tramso.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of household members and the facts recorded about them. A member is added and changed
 * by one statement each, whether a volunteer's form or an import asks (an import in batches).
 */
@Repository
class MemberStore {

    /** Each member's latest fact of each kind (the current status), of the members the condition on {@code m} and {@code h} picks. */
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

    private static final String INSERT = """
            INSERT INTO household_member (household_id, full_name, birth_year, adult, gender, phone, created_at, updated_at)
            VALUES (:h, :name, :year, :adult, :gender, :phone, :now, :now)""";
    private static final String UPDATE = """
            UPDATE household_member SET full_name = :name, birth_year = :year, adult = :adult, gender = :gender,
                   phone = :phone, updated_at = :now WHERE id = :id""";

    /** A member to add to a household, their details already checked. */
    record NewMember(long householdId, MemberDetails details) {
    }

    /** New details, already checked, for a member. */
    record MemberChange(long id, MemberDetails details) {
    }

    /** A member (not erased) as stored, {@code adult} as stored too, with their household's village and code. */
    record Registered(long id, long villageId, String householdCode, MemberDetails details) {
    }

    /** A member (not erased) with their household, as a line of the register. */
    record RegisterLine(String code, String headName, String hamlet, String addressLine, String fullName, Integer birthYear,
                        Gender gender, String phone) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    MemberStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<Long> householdOf(long memberId) {
        return jdbc.sql("SELECT household_id FROM household_member WHERE id = :id").param("id", memberId)
                .query(Long.class).optional();
    }

    List<Member> ofHousehold(long householdId, int year) {
        Map<Long, Map<Fact, Integer>> facts = currentFacts("h.id = :id", householdId);
        return jdbc.sql("SELECT m.*, " + ADULT + " AS is_adult FROM household_member m WHERE m.household_id = :h ORDER BY m.id")
                .param("h", householdId).param("year", year)
                .query((rs, n) -> member(rs, facts.getOrDefault(rs.getLong("id"), Map.of()))).list();
    }

    Optional<Member> member(long memberId, int year) {
        Map<Long, Map<Fact, Integer>> facts = currentFacts("m.id = :id", memberId);
        return jdbc.sql("SELECT m.*, " + ADULT + " AS is_adult FROM household_member m WHERE m.id = :m")
                .param("m", memberId).param("year", year)
                .query((rs, n) -> member(rs, facts.getOrDefault(rs.getLong("id"), Map.of()))).optional();
    }

    /** The current facts of the members that {@code where} (one of this class's conditions on {@code :id}) picks. */
    private Map<Long, Map<Fact, Integer>> currentFacts(String where, long id) {
        Map<Long, Map<Fact, Integer>> facts = new HashMap<>();
        jdbc.sql(CURRENT_FACTS.formatted(where)).param("id", id).query(rs -> {
            facts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Fact.class)).put(Fact.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return facts;
    }

    /**
     * Members of the village (not erased) whose name contains the text, at most {@code limit}.
     *
     * @param text without LIKE's wildcards
     */
    List<MemberChoice> find(long villageId, String text, int limit) {
        return jdbc.sql("""
                        SELECT m.id, m.full_name, m.birth_year, h.code, h.hamlet FROM household_member m
                        JOIN household h ON h.id = m.household_id
                        WHERE h.village_id = :v AND m.erased_at IS NULL AND m.full_name LIKE :q
                        ORDER BY m.full_name, m.birth_year LIMIT :limit
                        """)
                .param("v", villageId).param("q", "%" + text + "%").param("limit", limit)
                .query((rs, n) -> new MemberChoice(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Adds a member and gives their id; the same name and birth year twice in a household fails with a {@code DuplicateKeyException}. */
    long add(NewMember member, LocalDateTime now) {
        return jdbc.sql(INSERT + " RETURNING id").paramSource(params(member, now)).query(Long.class).single();
    }

    /** Adds members in one batch, by the same statement as {@link #add}. */
    void addAll(List<NewMember> members, LocalDateTime now) {
        named.batchUpdate(INSERT, members.stream().map(m -> params(m, now)).toArray(SqlParameterSource[]::new));
    }

    /** Writes a member's details; the same name and birth year twice in a household fails with a {@code DuplicateKeyException}. */
    void update(MemberChange change, LocalDateTime now) {
        jdbc.sql(UPDATE).paramSource(params(change, now)).update();
    }

    /** Writes members' details in one batch, by the same statement as {@link #update}. */
    void updateAll(List<MemberChange> changes, LocalDateTime now) {
        named.batchUpdate(UPDATE, changes.stream().map(c -> params(c, now)).toArray(SqlParameterSource[]::new));
    }

    private static MapSqlParameterSource params(NewMember m, LocalDateTime now) {
        return details(m.details(), now).addValue("h", m.householdId());
    }

    private static MapSqlParameterSource params(MemberChange c, LocalDateTime now) {
        return details(c.details(), now).addValue("id", c.id());
    }

    private static MapSqlParameterSource details(MemberDetails d, LocalDateTime now) {
        return new MapSqlParameterSource().addValue("name", d.fullName()).addValue("year", d.birthYear())
                .addValue("adult", d.adult()).addValue("gender", d.gender() == null ? null : d.gender().name())
                .addValue("phone", d.phone()).addValue("now", now);
    }

    /** Erases the member's own data (see {@link Households#erase}); whether they are an adult is kept as of {@code year}. */
    void erase(long memberId, int year, LocalDateTime now) {
        jdbc.sql("""
                        UPDATE household_member SET adult = COALESCE(:year - birth_year >= 14, adult),
                               full_name = NULL, birth_year = NULL, phone = NULL, gender = NULL, erased_at = :now, updated_at = :now
                        WHERE id = :id AND erased_at IS NULL
                        """)
                .param("id", memberId).param("year", year).param("now", now).update();
    }

    /** The members (not erased) of these villages, as an import compares its file with them. */
    List<Registered> registered(List<Long> villageIds) {
        return jdbc.sql("""
                        SELECT m.id, h.village_id, h.code, m.full_name, m.birth_year, m.adult, m.gender, m.phone FROM household_member m
                        JOIN household h ON h.id = m.household_id WHERE h.village_id IN (:v) AND m.erased_at IS NULL
                        """)
                .param("v", villageIds)
                .query((rs, n) -> new Registered(rs.getLong(1), rs.getLong(2), rs.getString(3), new MemberDetails(rs.getString(4),
                        rs.getObject(5, Integer.class), rs.getBoolean(6), gender(rs.getString(7)), rs.getString(8))))
                .list();
    }

    /** The village's register: its members (not erased) with their households, by hamlet, household and member. */
    List<RegisterLine> register(long villageId) {
        return jdbc.sql("""
                        SELECT h.code, h.head_name, h.hamlet, h.address_line, m.full_name, m.birth_year, m.gender, m.phone
                        FROM household h JOIN household_member m ON m.household_id = h.id
                        WHERE h.village_id = :v AND m.erased_at IS NULL ORDER BY h.hamlet, h.code, m.id
                        """)
                .param("v", villageId)
                .query((rs, n) -> new RegisterLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, Integer.class), gender(rs.getString(7)), rs.getString(8)))
                .list();
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

    /** Takes back the facts a help session recorded. */
    void forgetSession(long sessionId) {
        jdbc.sql("DELETE FROM member_fact WHERE session_id = :s").param("s", sessionId).update();
    }

    /** The names of these members; an erased member (no name any more) or an id that is no member is left out. */
    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, full_name FROM household_member WHERE id IN (:ids) AND full_name IS NOT NULL").param("ids", ids)
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    List<FactRecord> factHistory(long memberId) {
        return jdbc.sql("""
                        SELECT f.kind, f.value, f.as_of, f.source, f.session_id, f.recorded_by FROM member_fact f
                        WHERE f.member_id = :m ORDER BY f.as_of DESC, f.id DESC
                        """)
                .param("m", memberId)
                .query((rs, n) -> new FactRecord(Fact.valueOf(rs.getString(1)), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        FactSource.valueOf(rs.getString(4)), rs.getObject(5, Long.class), rs.getObject(6, Long.class), null))
                .list();
    }

    private static Gender gender(String name) {
        return name == null ? null : Gender.valueOf(name);
    }

    private static Member member(ResultSet rs, Map<Fact, Integer> facts) throws SQLException {
        int year = rs.getInt("birth_year");
        Integer birthYear = rs.wasNull() ? null : year;
        return new Member(rs.getLong("id"), rs.getLong("household_id"), rs.getString("full_name"), birthYear,
                rs.getBoolean("is_adult"), gender(rs.getString("gender")), rs.getString("phone"),
                rs.getObject("erased_at") != null, facts);
    }
}
