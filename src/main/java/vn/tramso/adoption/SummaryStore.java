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

    /**
     * The stocks of the villages (all when {@code villages} is null) at the end of {@code month}, or
     * at {@code asOf} when that comes first (the current month): each member's latest fact of each
     * kind up to then, households and members recorded by then, assignments open then.
     */
    void month(LocalDate month, LocalDate asOf, Collection<Long> villages) {
        LocalDate end = month.plusMonths(1).minusDays(1);
        if (asOf.isBefore(end)) {
            end = asOf;
        }
        String only = villages == null ? "" : " AND v.id IN (:villages)";
        var delete = jdbc.sql("DELETE FROM stat_village_month WHERE month = :month"
                + (villages == null ? "" : " AND village_id IN (:villages)")).param("month", month);
        var insert = jdbc.sql("""
                INSERT INTO stat_village_month (village_id, commune_id, province_id, month, adults, adults_vneid1, adults_vneid2,
                                                households, digital_households, reached_households, assigned_households)
                WITH latest AS (
                    SELECT member_id, kind, value FROM (
                        SELECT f.member_id, f.kind, f.value,
                               ROW_NUMBER() OVER (PARTITION BY f.member_id, f.kind ORDER BY f.as_of DESC, f.id DESC) AS rn
                        FROM member_fact f JOIN household_member m ON m.id = f.member_id JOIN household h ON h.id = m.household_id
                        JOIN village v ON v.id = h.village_id
                        WHERE f.as_of <= :end %1$s) r
                    WHERE rn = 1),
                member_status AS (
                    SELECT m.id, m.household_id, h.village_id, m.adult,
                           COALESCE(MAX(CASE WHEN l.kind = 'VNEID' THEN l.value END), 0) AS vneid,
                           COALESCE(SUM(l.kind IN ('SKILL_PUBLIC_SERVICES', 'SKILL_SHOP_ONLINE', 'SKILL_PAY_ONLINE', 'SKILL_SAFE_ONLINE',
                                                   'SKILL_LOCAL_PLATFORMS') AND l.value = 1), 0) AS skills
                    FROM household_member m JOIN household h ON h.id = m.household_id JOIN village v ON v.id = h.village_id
                    LEFT JOIN latest l ON l.member_id = m.id
                    WHERE DATE(m.created_at) <= :end %1$s
                    GROUP BY m.id, m.household_id, h.village_id, m.adult),
                village_members AS (
                    SELECT village_id, SUM(adult) AS adults, SUM(adult AND vneid >= 1) AS vneid1, SUM(adult AND vneid >= 2) AS vneid2,
                           COUNT(DISTINCT CASE WHEN skills = 5 THEN household_id END) AS digital
                    FROM member_status GROUP BY village_id),
                village_households AS (
                    SELECT h.village_id, COUNT(*) AS households,
                           SUM(h.last_visit_on <= :end OR EXISTS (
                               SELECT 1 FROM help_session s JOIN household_member m ON m.id = s.member_id
                               WHERE m.household_id = h.id AND s.deleted_at IS NULL AND DATE(s.started_at) <= :end)) AS reached,
                           SUM(EXISTS (
                               SELECT 1 FROM household_assignment a WHERE a.household_id = h.id AND a.assigned_on <= :end
                                 AND (a.ended_on IS NULL OR a.ended_on > :end))) AS assigned
                    FROM household h JOIN village v ON v.id = h.village_id
                    WHERE DATE(h.created_at) <= :end %1$s
                    GROUP BY h.village_id)
                SELECT v.id, v.commune_id, c.province_id, :month, COALESCE(vm.adults, 0), COALESCE(vm.vneid1, 0), COALESCE(vm.vneid2, 0),
                       COALESCE(vh.households, 0), COALESCE(vm.digital, 0), COALESCE(vh.reached, 0), COALESCE(vh.assigned, 0)
                FROM village v JOIN commune c ON c.id = v.commune_id
                LEFT JOIN village_members vm ON vm.village_id = v.id LEFT JOIN village_households vh ON vh.village_id = v.id
                WHERE (v.retired_at IS NULL OR DATE(v.retired_at) > :end) %1$s
                """.formatted(only)).param("month", month).param("end", end);
        if (villages != null) {
            if (villages.isEmpty()) {
                return;
            }
            delete = delete.param("villages", villages);
            insert = insert.param("villages", villages);
        }
        delete.update();
        insert.update();
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

    /** The villages whose stocks may have changed since {@code since}. */
    List<Long> changedVillages(LocalDateTime since) {
        return jdbc.sql("""
                        SELECT h.village_id FROM member_fact f JOIN household_member m ON m.id = f.member_id
                        JOIN household h ON h.id = m.household_id WHERE f.recorded_at >= :since
                        UNION SELECT h.village_id FROM household_member m JOIN household h ON h.id = m.household_id WHERE m.updated_at >= :since
                        UNION SELECT village_id FROM household WHERE updated_at >= :since
                        UNION SELECT h.village_id FROM household_assignment a JOIN household h ON h.id = a.household_id
                        WHERE a.assigned_on >= DATE(:since) OR a.ended_on >= DATE(:since)
                        UNION SELECT village_id FROM help_session WHERE updated_at >= :since AND member_id IS NOT NULL
                        """)
                .param("since", since).query(Long.class).list();
    }

    Optional<LocalDateTime> watermark() {
        return jdbc.sql("SELECT watermark FROM stat_refresh WHERE name = 'summaries'").query(LocalDateTime.class).optional();
    }

    void watermark(LocalDateTime watermark, LocalDateTime now) {
        jdbc.sql("""
                        INSERT INTO stat_refresh (name, watermark, refreshed_at) VALUES ('summaries', :w, :now)
                        ON DUPLICATE KEY UPDATE watermark = :w, refreshed_at = :now
                        """)
                .param("w", watermark).param("now", now).update();
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
