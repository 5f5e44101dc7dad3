package vn.tramso.adoption;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL that fills the day and month tables of events from the raw ones (sessions, bookings,
 * ratings, concerns), and keeps the refresh's watermarks; the stocks are {@link StockStore}'s. Each
 * part of a day's row is reset and filled again on its own, so a part whose raw rows are gone
 * (bookings after their retention) keeps its figures.
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
                WHERE x.status = 'CLOSED' AND x.duplicate_of IS NULL AND x.closed_at >= :from AND x.closed_at < :to
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
