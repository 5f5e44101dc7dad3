package vn.tramso.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of households: their lists with what each lacks, their rows, their visits, and the
 * fingerprints of erased people ({@link Tombstones}). A household is added and changed by one
 * statement each, whether a volunteer's form or an import asks (an import in batches).
 */
@Repository
class HouseholdStore {

    private static final String INSERT = """
            INSERT INTO household (village_id, code, head_name, hamlet, address_line, created_at, updated_at)
            VALUES (:v, :code, :head, :hamlet, :address, :now, :now)""";
    private static final String UPDATE = """
            UPDATE household SET code = :code, head_name = :head, hamlet = :hamlet, address_line = :address,
                   updated_at = :now WHERE id = :id""";

    /** A household to add to a village, its details already checked. */
    record NewHousehold(long villageId, HouseholdDetails details) {
    }

    /** New details, already checked, for a household. */
    record HouseholdChange(long id, HouseholdDetails details) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    HouseholdStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /**
     * The households the criteria pick, with what they lack, by hamlet and code; their lookers' names
     * are left to {@link StaffNames}.
     */
    List<HouseholdSummary> summaries(HouseholdCriteria criteria, int year) {
        Where where = where(criteria);
        String sql = """
                WITH cur AS (%s),
                     skills AS (SELECT member_id, SUM(value) AS n FROM cur WHERE kind LIKE 'SKILL%%' GROUP BY member_id)
                SELECT h.id, h.village_id, h.code, h.head_name, h.hamlet, h.last_visit_on,
                       COUNT(m.id) AS members,
                       COALESCE(SUM(%s), 0) AS adults,
                       COALESCE(SUM(%s AND COALESCE(l2.value, 0) < 2), 0) AS without_level_2,
                       COALESCE(MAX(skills.n = 5), 0) AS digital,
                       (SELECT a.member_user_id FROM household_assignment a
                        WHERE a.household_id = h.id AND a.ended_on IS NULL) AS looker_id
                FROM household h
                LEFT JOIN household_member m ON m.household_id = h.id
                LEFT JOIN cur l2 ON l2.member_id = m.id AND l2.kind = 'VNEID'
                LEFT JOIN skills ON skills.member_id = m.id
                WHERE %s
                GROUP BY h.id
                ORDER BY h.hamlet, h.code
                """.formatted(MemberStore.CURRENT_FACTS.formatted(where.sql()), MemberStore.ADULT, MemberStore.ADULT, where.sql());
        return jdbc.sql(sql).param("year", year).params(where.params())
                .query((rs, n) -> new HouseholdSummary(rs.getLong("id"), rs.getLong("village_id"), rs.getString("code"),
                        rs.getString("head_name"), rs.getString("hamlet"), rs.getInt("members"), rs.getInt("adults"),
                        rs.getInt("without_level_2"), rs.getBoolean("digital"), rs.getObject("last_visit_on", LocalDate.class),
                        rs.getObject("looker_id", Long.class), null)).list();
    }

    /** The condition on households {@code h} (and their members) that the criteria stand for, with its parameters. */
    private static Where where(HouseholdCriteria criteria) {
        return switch (criteria) {
            case HouseholdCriteria.InVillage(long village, String search) when search.isEmpty() ->
                    new Where("h.village_id = :v", Map.of("v", village));
            case HouseholdCriteria.InVillage(long village, String search) -> new Where("""
                    h.village_id = :v AND (h.code LIKE :q OR h.head_name LIKE :q OR h.hamlet LIKE :q
                        OR EXISTS (SELECT 1 FROM household_member s WHERE s.household_id = h.id AND s.full_name LIKE :q))""",
                    Map.of("v", village, "q", "%" + search.replace("%", "").replace("_", "") + "%"));
            case HouseholdCriteria.LookedAfterBy(long user) -> new Where("""
                    h.id IN (SELECT a.household_id FROM household_assignment a WHERE a.member_user_id = :u AND a.ended_on IS NULL)""",
                    Map.of("u", user));
        };
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    Optional<Household> household(long id) {
        return jdbc.sql("SELECT * FROM household WHERE id = :id").param("id", id).query(HouseholdStore::household).optional();
    }

    /** The codes of these households; an id that is no household is left out. */
    Map<Long, String> codes(Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, code FROM household WHERE id IN (:ids)").param("ids", ids).query(rs -> {
                codes.put(rs.getLong(1), rs.getString(2));
            });
        }
        return codes;
    }

    /** Every household of these villages, as an import compares its file with them. */
    List<Household> households(List<Long> villageIds) {
        return jdbc.sql("SELECT * FROM household WHERE village_id IN (:v)").param("v", villageIds)
                .query(HouseholdStore::household).list();
    }

    /** Adds a household and gives its id; a code the village already has fails with a {@code DuplicateKeyException}. */
    long add(NewHousehold household, LocalDateTime now) {
        return jdbc.sql(INSERT + " RETURNING id").paramSource(params(household, now)).query(Long.class).single();
    }

    /** Adds households in one batch, by the same statement as {@link #add}. */
    void addAll(List<NewHousehold> households, LocalDateTime now) {
        named.batchUpdate(INSERT, households.stream().map(h -> params(h, now)).toArray(SqlParameterSource[]::new));
    }

    /** Writes a household's details; a code the village already has fails with a {@code DuplicateKeyException}. */
    void update(HouseholdChange change, LocalDateTime now) {
        jdbc.sql(UPDATE).paramSource(params(change, now)).update();
    }

    /** Writes households' details in one batch, by the same statement as {@link #update}. */
    void updateAll(List<HouseholdChange> changes, LocalDateTime now) {
        named.batchUpdate(UPDATE, changes.stream().map(c -> params(c, now)).toArray(SqlParameterSource[]::new));
    }

    private static MapSqlParameterSource params(NewHousehold h, LocalDateTime now) {
        return details(h.details(), now).addValue("v", h.villageId());
    }

    private static MapSqlParameterSource params(HouseholdChange c, LocalDateTime now) {
        return details(c.details(), now).addValue("id", c.id());
    }

    private static MapSqlParameterSource details(HouseholdDetails d, LocalDateTime now) {
        return new MapSqlParameterSource().addValue("code", d.code()).addValue("head", d.headName()).addValue("hamlet", d.hamlet())
                .addValue("address", d.addressLine()).addValue("now", now);
    }

    /** The household was visited on the day, unless a later visit is already on record. */
    void markVisited(long householdId, LocalDate day) {
        jdbc.sql("UPDATE household SET last_visit_on = GREATEST(COALESCE(last_visit_on, :day), :day) WHERE id = :h")
                .param("day", day).param("h", householdId).update();
    }

    /** The household's head was erased: their name goes from the household too (lists, search, exports). */
    void forgetHead(long householdId, LocalDateTime at) {
        jdbc.sql("UPDATE household SET head_name = NULL, updated_at = :at WHERE id = :id").param("id", householdId)
                .param("at", at).update();
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

    static Household household(ResultSet rs, int n) throws SQLException {
        return new Household(rs.getLong("id"), rs.getLong("village_id"), rs.getString("code"), rs.getString("head_name"),
                rs.getString("hamlet"), rs.getString("address_line"), rs.getObject("last_visit_on", LocalDate.class));
    }
}
