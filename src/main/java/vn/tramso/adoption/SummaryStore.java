package vn.tramso.adoption;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL that fills the summary tables from the raw ones (sessions, bookings, ratings, concerns,
 * households and their facts). Each part of a day's row is reset and filled again on its own, so a
 * part whose raw rows are gone (bookings after their retention) keeps its figures.
 */
@Repository
class SummaryStore {

    private static final String PLACE = "JOIN village v ON v.id = x.village_id JOIN commune c ON c.id = v.commune_id";

    private final JdbcClient jdbc;

    SummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sessions, their topics and durations of the days in {@code [from, to)}. */
    void sessions(LocalDate from, LocalDate to) {
        reset("sessions = 0, people = 0, new_people = 0, alone = 0, minutes = 0, topics = 0, topics_done = 0, dossiers_done = 0",
                from, to);
        jdbc.sql("DELETE FROM stat_topic_day WHERE day >= :from AND day < :to").param("from", from).param("to", to).update();
        jdbc.sql("DELETE FROM stat_minutes_day WHERE day >= :from AND day < :to").param("from", from).param("to", to).update();
        upsert("""
                SELECT x.village_id, v.commune_id, c.province_id, DATE(x.started_at) AS day, COUNT(*) AS sessions,
                       SUM(x.head_count) AS people, SUM(IF(x.first_visit, x.head_count, 0)) AS new_people,
                       SUM(x.autonomy = 'ALONE') AS alone, SUM(x.minutes) AS minutes
                FROM help_session x %s
                WHERE x.deleted_at IS NULL AND x.started_at >= :from AND x.started_at < :to
                GROUP BY x.village_id, v.commune_id, c.province_id, DATE(x.started_at)
                """, List.of("sessions", "people", "new_people", "alone", "minutes"), from, to);
        upsert("""
                SELECT x.village_id, v.commune_id, c.province_id, DATE(x.started_at) AS day, COUNT(*) AS topics,
                       SUM(t.outcome = 'DONE') AS topics_done, SUM(t.outcome = 'DONE' AND t.topic = 'DOSSIER') AS dossiers_done
                FROM help_session x JOIN help_session_topic t ON t.session_id = x.id %s
                WHERE x.deleted_at IS NULL AND x.started_at >= :from AND x.started_at < :to
                GROUP BY x.village_id, v.commune_id, c.province_id, DATE(x.started_at)
                """, List.of("topics", "topics_done", "dossiers_done"), from, to);
        jdbc.sql("""
                        INSERT INTO stat_topic_day (village_id, commune_id, province_id, day, topic, outcome, reason, sessions)
                        SELECT x.village_id, v.commune_id, c.province_id, DATE(x.started_at), t.topic, t.outcome, COALESCE(t.reason, ''),
                               COUNT(*)
                        FROM help_session x JOIN help_session_topic t ON t.session_id = x.id %s
                        WHERE x.deleted_at IS NULL AND x.started_at >= :from AND x.started_at < :to
                        GROUP BY x.village_id, v.commune_id, c.province_id, DATE(x.started_at), t.topic, t.outcome, COALESCE(t.reason, '')
                        """.formatted(PLACE))
                .param("from", from).param("to", to).update();
        jdbc.sql("""
                        INSERT INTO stat_minutes_day (village_id, commune_id, province_id, day, minutes, sessions)
                        SELECT x.village_id, v.commune_id, c.province_id, DATE(x.started_at), x.minutes, COUNT(*)
                        FROM help_session x %s
                        WHERE x.deleted_at IS NULL AND x.started_at >= :from AND x.started_at < :to
                        GROUP BY x.village_id, v.commune_id, c.province_id, DATE(x.started_at), x.minutes
                        """.formatted(PLACE))
                .param("from", from).param("to", to).update();
    }

    /** Bookings whose day is over (helped or not come) of the days in {@code [from, to)}. */
    void bookings(LocalDate from, LocalDate to) {
        reset("bookings_over = 0, no_shows = 0", from, to);
        upsert("""
                SELECT x.village_id, v.commune_id, c.province_id, x.service_date AS day,
                       SUM(x.state IN ('DONE', 'NO_SHOW')) AS bookings_over, SUM(x.state = 'NO_SHOW') AS no_shows
                FROM booking x %s
                WHERE x.service_date >= :from AND x.service_date < :to AND x.state IN ('DONE', 'NO_SHOW')
                GROUP BY x.village_id, v.commune_id, c.province_id, x.service_date
                """, List.of("bookings_over", "no_shows"), from, to);
    }

    /** Ratings given on the days in {@code [from, to)}. */
    void ratings(LocalDate from, LocalDate to) {
        reset("ratings = 0, rating_sum = 0, ratings_done = 0", from, to);
        upsert("""
                SELECT x.village_id, v.commune_id, c.province_id, DATE(x.created_at) AS day, COUNT(*) AS ratings,
                       SUM(x.score) AS rating_sum, SUM(x.done_today) AS ratings_done
                FROM rating x %s
                WHERE x.created_at >= :from AND x.created_at < :to
                GROUP BY x.village_id, v.commune_id, c.province_id, DATE(x.created_at)
                """, List.of("ratings", "rating_sum", "ratings_done"), from, to);
    }

    /** Concerns recorded, and closed (on time: answered by their due time), on the days in {@code [from, to)}. */
    void concerns(LocalDate from, LocalDate to) {
        reset("concerns_opened = 0, concerns_closed = 0, concerns_on_time = 0", from, to);
        upsert("""
                SELECT x.village_id, v.commune_id, c.province_id, DATE(x.created_at) AS day, COUNT(*) AS concerns_opened
                FROM concern x %s
                WHERE x.created_at >= :from AND x.created_at < :to
                GROUP BY x.village_id, v.commune_id, c.province_id, DATE(x.created_at)
                """, List.of("concerns_opened"), from, to);
        upsert("""
                SELECT x.village_id, v.commune_id, c.province_id, DATE(x.closed_at) AS day, COUNT(*) AS concerns_closed,
                       SUM(x.answered_at IS NOT NULL AND x.answered_at <= x.due_at) AS concerns_on_time
                FROM concern x %s
                WHERE x.status = 'CLOSED' AND x.closed_at >= :from AND x.closed_at < :to
                GROUP BY x.village_id, v.commune_id, c.province_id, DATE(x.closed_at)
                """, List.of("concerns_closed", "concerns_on_time"), from, to);
    }

    static final String EVENTS = "sessions, people, new_people, alone, minutes, topics, topics_done, dossiers_done, bookings_over, "
            + "no_shows, ratings, rating_sum, ratings_done, concerns_opened, concerns_closed, concerns_on_time";

    /**
     * Adds the day rows of the months in {@code [from, to)} (first days of months) up into their
     * month rows: each village's, then each commune's from its villages', then each province's from
     * its communes'.
     */
    void rollUp(LocalDate from, LocalDate to) {
        String sums = sums(EVENTS);
        String month = "DATE_FORMAT(day, '%Y-%m-01')";
        for (String table : List.of("stat_events_month", "stat_topic_month", "stat_minutes_month")) {
            jdbc.sql("DELETE FROM " + table + " WHERE month >= :from AND month < :to").param("from", from).param("to", to).update();
        }
        run("INSERT INTO stat_events_month (level, place_id, parent_id, province_id, month, " + EVENTS + ", active_villages) "
                + "SELECT 'VILLAGE', village_id, commune_id, province_id, " + month + ", " + sums + ", MAX(sessions > 0) "
                + "FROM stat_village_day WHERE day >= :from AND day < :to GROUP BY village_id, commune_id, province_id, " + month, from, to);
        run("INSERT INTO stat_events_month (level, place_id, parent_id, province_id, month, " + EVENTS + ", active_villages) "
                + "SELECT 'COMMUNE', parent_id, province_id, province_id, month, " + sums + ", SUM(active_villages) "
                + "FROM stat_events_month WHERE level = 'VILLAGE' AND month >= :from AND month < :to "
                + "GROUP BY parent_id, province_id, month", from, to);
        run("INSERT INTO stat_events_month (level, place_id, parent_id, province_id, month, " + EVENTS + ", active_villages) "
                + "SELECT 'PROVINCE', province_id, 0, province_id, month, " + sums + ", SUM(active_villages) "
                + "FROM stat_events_month WHERE level = 'COMMUNE' AND month >= :from AND month < :to GROUP BY province_id, month", from, to);
        for (String[] t : new String[][] {{"stat_topic_day", "stat_topic_month", "topic, outcome, reason"},
                {"stat_minutes_day", "stat_minutes_month", "minutes"}}) {
            run("INSERT INTO " + t[1] + " (level, place_id, parent_id, month, " + t[2] + ", sessions) SELECT 'VILLAGE', village_id, "
                    + "commune_id, " + month + ", " + t[2] + ", SUM(sessions) FROM " + t[0] + " WHERE day >= :from AND day < :to "
                    + "GROUP BY village_id, commune_id, " + month + ", " + t[2], from, to);
            run("INSERT INTO " + t[1] + " (level, place_id, parent_id, month, " + t[2] + ", sessions) SELECT 'COMMUNE', commune_id, "
                    + "province_id, " + month + ", " + t[2] + ", SUM(sessions) FROM " + t[0] + " WHERE day >= :from AND day < :to "
                    + "GROUP BY commune_id, province_id, " + month + ", " + t[2], from, to);
            run("INSERT INTO " + t[1] + " (level, place_id, parent_id, month, " + t[2] + ", sessions) SELECT 'PROVINCE', province_id, "
                    + "0, " + month + ", " + t[2] + ", SUM(sessions) FROM " + t[0] + " WHERE day >= :from AND day < :to "
                    + "GROUP BY province_id, " + month + ", " + t[2], from, to);
        }
    }

    private void run(String sql, LocalDate from, LocalDate to) {
        jdbc.sql(sql).param("from", from).param("to", to).update();
    }

    private static String sums(String columns) {
        return String.join(", ", java.util.Arrays.stream(columns.split(", ")).map(c -> "SUM(" + c + ")").toList());
    }

    private static final String SKILLS = "'SKILL_PUBLIC_SERVICES', 'SKILL_SHOP_ONLINE', 'SKILL_PAY_ONLINE', 'SKILL_SAFE_ONLINE', "
            + "'SKILL_LOCAL_PLATFORMS'";

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

    /** The days whose raw rows changed since {@code since}. */
    List<LocalDate> changedDays(LocalDateTime since) {
        return jdbc.sql("""
                        SELECT DATE(started_at) FROM help_session WHERE updated_at >= :since
                        UNION SELECT DATE(created_at) FROM rating WHERE created_at >= :since
                        UNION SELECT DATE(created_at) FROM concern WHERE created_at >= :since
                        UNION SELECT DATE(closed_at) FROM concern WHERE closed_at >= :since
                        UNION SELECT service_date FROM booking WHERE finished_at >= :since
                        ORDER BY 1
                        """)
                .param("since", since).query(LocalDate.class).list();
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

    /** When the summaries last read the raw tables ({@code SUMMARIES}), or when the last nightly run began ({@code NIGHTLY}). */
    Optional<LocalDateTime> watermark(String name) {
        return jdbc.sql("SELECT watermark FROM stat_refresh WHERE name = :name").param("name", name).query(LocalDateTime.class)
                .optional();
    }

    void watermark(String name, LocalDateTime watermark) {
        jdbc.sql("""
                        INSERT INTO stat_refresh (name, watermark, refreshed_at) VALUES (:name, :w, :w)
                        ON DUPLICATE KEY UPDATE watermark = :w, refreshed_at = :w
                        """)
                .param("name", name).param("w", watermark).update();
    }

    /** The first day anything happened, for a full rebuild. */
    Optional<LocalDate> firstDay() {
        return jdbc.sql("""
                        SELECT MIN(d) FROM (SELECT MIN(DATE(started_at)) AS d FROM help_session
                        UNION ALL SELECT MIN(service_date) FROM booking UNION ALL SELECT MIN(DATE(created_at)) FROM rating
                        UNION ALL SELECT MIN(DATE(created_at)) FROM concern UNION ALL SELECT MIN(DATE(created_at)) FROM household) x
                        """)
                .query(LocalDate.class).optional();
    }

    private void reset(String set, LocalDate from, LocalDate to) {
        jdbc.sql("UPDATE stat_village_day SET " + set + " WHERE day >= :from AND day < :to").param("from", from).param("to", to).update();
    }

    /** Adds the select's figures to the day rows, creating the rows that do not exist. */
    private void upsert(String select, List<String> columns, LocalDate from, LocalDate to) {
        String names = String.join(", ", columns);
        String update = String.join(", ", columns.stream().map(c -> c + " = VALUES(" + c + ")").toList());
        jdbc.sql("INSERT INTO stat_village_day (village_id, commune_id, province_id, day, " + names + ") "
                        + select.formatted(PLACE) + " ON DUPLICATE KEY UPDATE " + update)
                .param("from", from).param("to", to).update();
    }
}
