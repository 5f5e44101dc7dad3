package vn.tramso.adoption;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the stocks: each village's adults, VNeID levels and households at each month's end,
 * from the register (households, members, their facts and 1+10 assignments), and which villages'
 * stocks a change touched. See decision 005.
 */
@Repository
class StockStore {

    private static final String SKILLS = "'SKILL_PUBLIC_SERVICES', 'SKILL_SHOP_ONLINE', 'SKILL_PAY_ONLINE', 'SKILL_SAFE_ONLINE', "
            + "'SKILL_LOCAL_PLATFORMS'";

    private final JdbcClient jdbc;

    StockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stocks of the villages at the end of each month from {@code from} to {@code to} (first days
     * of months), or at {@code asOf} for the month holding it: adults on record and those whose latest
     * VNeID fact by then is level 1 or 2, households, households with a member whose latest fact of
     * each of the five skills is "has it", households reached (a visit or a member's help session by
     * then) and households with a 1+10 assignment open then.
     *
     * <p>One pass over the villages' records for all the months at once (see decision 005): every
     * record counts from a day to a day (a fact until the member's next fact of its kind, an
     * assignment until it ended), so each adds one at the month its counting starts and takes one away
     * at the month it stops, and a month's stock is the sum of the changes up to it. A household
     * counts once however many of its members or assignments hold it, and a member holds the five
     * skills while all five of their skill records hold. A day after {@code asOf} starts nothing yet.
     */
    void stocks(LocalDate from, LocalDate to, LocalDate asOf, Collection<Long> villages) {
        if (villages.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM stat_village_month WHERE month >= :from AND month <= :to AND village_id IN (:villages)")
                .param("from", from).param("to", to).param("villages", villages).update();
        jdbc.sql("""
                        INSERT INTO stat_village_month (village_id, commune_id, province_id, month, adults, adults_vneid1, adults_vneid2,
                                                        households, digital_households, reached_households, assigned_households)
                        WITH RECURSIVE
                        months AS (
                            SELECT CAST(:from AS DATE) AS month UNION ALL SELECT month + INTERVAL 1 MONTH FROM months WHERE month < :to),
                        -- a span's start adds one, its end takes one away
                        edges AS (SELECT 1 AS d UNION ALL SELECT -1),
                        levels AS (SELECT 1 AS level UNION ALL SELECT 2),
                        homes AS (
                            SELECT h.id, h.village_id, DATE(h.created_at) AS since, h.last_visit_on FROM household h
                            WHERE h.village_id IN (:villages)),
                        members AS (
                            SELECT m.id, m.household_id, h.village_id, m.adult, DATE(m.created_at) AS since
                            FROM household_member m JOIN homes h ON h.id = m.household_id),
                        -- each adult's VNeID facts, each holding until the member's next one
                        vneid AS (
                            SELECT m.village_id, f.value, GREATEST(f.as_of, m.since) AS since,
                                   LEAD(f.as_of) OVER (PARTITION BY f.member_id ORDER BY f.as_of, f.id) AS until
                            FROM members m JOIN member_fact f ON f.member_id = m.id AND f.kind = 'VNEID' WHERE m.adult),
                        -- each member's skill facts, each holding until the member's next one of that skill
                        skills AS (
                            SELECT m.village_id, m.household_id, f.member_id, f.value, GREATEST(f.as_of, m.since) AS since,
                                   LEAD(f.as_of) OVER (PARTITION BY f.member_id, f.kind ORDER BY f.as_of, f.id) AS until
                            FROM members m JOIN member_fact f ON f.member_id = m.id AND f.kind IN (%3$s)),
                        skill_changes AS (
                            SELECT member_id, household_id, village_id, month, SUM(d) AS d FROM (
                                SELECT s.member_id, s.household_id, s.village_id, IF(e.d = 1, %1$s, %2$s) AS month, e.d
                                FROM skills s JOIN edges e ON e.d = 1 OR s.until IS NOT NULL
                                WHERE s.value = 1 AND (s.until IS NULL OR s.since < s.until)) c
                            WHERE month IS NOT NULL GROUP BY member_id, household_id, village_id, month),
                        -- the months a member starts (1) or stops (-1) holding all five skills
                        five AS (
                            SELECT village_id, household_id, month,
                                   (skills = 5) - COALESCE(LAG(skills = 5) OVER (PARTITION BY member_id ORDER BY month), 0) AS d
                            FROM (SELECT c.*, SUM(d) OVER (PARTITION BY member_id ORDER BY month) AS skills FROM skill_changes c) s),
                        -- what a household holds through any of its members or assignments
                        household_changes AS (
                            SELECT village_id, what, household_id, month, SUM(d) AS d FROM (
                                SELECT village_id, 'DIGITAL' AS what, household_id, month, d FROM five
                                UNION ALL SELECT h.village_id, 'ASSIGNED', h.id, IF(e.d = 1, %4$s, %5$s), e.d
                                FROM household_assignment a JOIN homes h ON h.id = a.household_id
                                JOIN edges e ON e.d = 1 OR a.ended_on IS NOT NULL
                                WHERE a.ended_on IS NULL OR GREATEST(a.assigned_on, h.since) < a.ended_on) c
                            WHERE month IS NOT NULL AND d <> 0 GROUP BY village_id, what, household_id, month),
                        -- a household counts while at least one of them holds
                        held AS (
                            SELECT village_id, what, month,
                                   (n > 0) - COALESCE(LAG(n > 0) OVER (PARTITION BY what, household_id ORDER BY month), 0) AS d
                            FROM (SELECT c.*, SUM(d) OVER (PARTITION BY what, household_id ORDER BY month) AS n
                                  FROM household_changes c) o),
                        -- the day a household was reached: its visit or its members' first help session
                        reached AS (
                            SELECT h.village_id, GREATEST(h.since, LEAST(COALESCE(h.last_visit_on, '9999-12-31'),
                                   COALESCE(MIN(DATE(s.started_at)), '9999-12-31'))) AS since
                            FROM homes h LEFT JOIN members m ON m.household_id = h.id
                            LEFT JOIN help_session s ON s.member_id = m.id AND s.deleted_at IS NULL
                            GROUP BY h.village_id, h.id, h.since, h.last_visit_on),
                        -- per village, stock and month: the change; a month's stock is the sum up to it
                        changes AS (
                            SELECT village_id, what, month, SUM(d) AS d FROM (
                                SELECT village_id, 'ADULTS' AS what, %1$s AS month, 1 AS d FROM members WHERE adult
                                UNION ALL SELECT village_id, 'HOUSEHOLDS', %1$s, 1 FROM homes
                                UNION ALL SELECT village_id, 'REACHED', %1$s, 1 FROM reached
                                UNION ALL SELECT v.village_id, IF(l.level = 1, 'VNEID1', 'VNEID2'), IF(e.d = 1, %1$s, %2$s), e.d
                                FROM vneid v JOIN levels l ON v.value >= l.level JOIN edges e ON e.d = 1 OR v.until IS NOT NULL
                                WHERE v.until IS NULL OR v.since < v.until
                                UNION ALL SELECT village_id, what, month, d FROM held WHERE d <> 0) c
                            WHERE month IS NOT NULL GROUP BY village_id, what, month)
                        SELECT v.id, v.commune_id, c.province_id, mo.month,
                               COALESCE(SUM(IF(k.what = 'ADULTS', k.d, 0)), 0), COALESCE(SUM(IF(k.what = 'VNEID1', k.d, 0)), 0),
                               COALESCE(SUM(IF(k.what = 'VNEID2', k.d, 0)), 0), COALESCE(SUM(IF(k.what = 'HOUSEHOLDS', k.d, 0)), 0),
                               COALESCE(SUM(IF(k.what = 'DIGITAL', k.d, 0)), 0), COALESCE(SUM(IF(k.what = 'REACHED', k.d, 0)), 0),
                               COALESCE(SUM(IF(k.what = 'ASSIGNED', k.d, 0)), 0)
                        FROM village v JOIN commune c ON c.id = v.commune_id JOIN months mo
                        LEFT JOIN changes k ON k.village_id = v.id AND k.month <= mo.month
                        WHERE v.id IN (:villages) AND (v.retired_at IS NULL OR DATE(v.retired_at) > LEAST(:asOf, LAST_DAY(mo.month)))
                        GROUP BY v.id, v.commune_id, c.province_id, mo.month
                        """.formatted(monthOf("since"), monthOf("until"), SKILLS, monthOf("GREATEST(a.assigned_on, h.since)"),
                        monthOf("a.ended_on")))
                .param("from", from).param("to", to).param("asOf", asOf).param("villages", villages).update();
    }

    /** The first day of the month whose end (or {@code :asOf}) is the first to come on or after the day; none after {@code :asOf}. */
    private static String monthOf(String day) {
        return "IF(%1$s > :asOf, NULL, %1$s - INTERVAL DAYOFMONTH(%1$s) - 1 DAY)".formatted(day);
    }

    /** Every village's id, in order, for working through them in batches. */
    List<Long> villageIds() {
        return jdbc.sql("SELECT id FROM village ORDER BY id").query(Long.class).list();
    }

    /**
     * The villages whose stocks may have changed since {@code since}: their households, members,
     * facts or assignments changed, or a help session changed that may be its household's first
     * (the day it was reached). A session moved to a later day, or a member who moved away, leaves
     * the other village as it was until the nightly run.
     */
    List<Long> changedVillages(LocalDateTime since) {
        return jdbc.sql("""
                        SELECT h.village_id FROM member_fact f JOIN household_member m ON m.id = f.member_id
                        JOIN household h ON h.id = m.household_id WHERE f.recorded_at >= :since
                        UNION SELECT h.village_id FROM household_member m JOIN household h ON h.id = m.household_id WHERE m.updated_at >= :since
                        UNION SELECT village_id FROM household WHERE updated_at >= :since
                        UNION SELECT h.village_id FROM household_assignment a JOIN household h ON h.id = a.household_id
                        WHERE a.assigned_on >= DATE(:since) OR a.ended_on >= DATE(:since)
                        UNION SELECT h.village_id FROM help_session s JOIN household_member m ON m.id = s.member_id
                        JOIN household h ON h.id = m.household_id
                        WHERE s.updated_at >= :since AND (h.last_visit_on IS NULL OR h.last_visit_on > DATE(s.started_at))
                          AND NOT EXISTS (SELECT 1 FROM household_member o JOIN help_session e ON e.member_id = o.id
                                          WHERE o.household_id = h.id AND e.deleted_at IS NULL AND e.started_at < s.started_at)
                        """)
                .param("since", since).query(Long.class).list();
    }
}
