package vn.tramso.adoption;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tramso.place.PlaceLevel;

/**
 * Reads the summary tables only: a place's figures in all or grouped by its children or by month.
 * Every query filters on one indexed place column and a range of days or months.
 */
@Repository
class AdoptionStore {

    private static final String DAY_SUMS = """
            COALESCE(SUM(sessions), 0), COALESCE(SUM(people), 0), COALESCE(SUM(new_people), 0), COALESCE(SUM(alone), 0),
            COALESCE(SUM(minutes), 0), COALESCE(SUM(topics), 0), COALESCE(SUM(topics_done), 0), COALESCE(SUM(dossiers_done), 0),
            COALESCE(SUM(bookings_over), 0), COALESCE(SUM(no_shows), 0), COALESCE(SUM(ratings), 0), COALESCE(SUM(rating_sum), 0),
            COALESCE(SUM(ratings_done), 0), COALESCE(SUM(concerns_opened), 0), COALESCE(SUM(concerns_closed), 0),
            COALESCE(SUM(concerns_on_time), 0)""";
    private static final String MONTH_SUMS = """
            COALESCE(SUM(adults), 0), COALESCE(SUM(adults_vneid1), 0), COALESCE(SUM(adults_vneid2), 0), COALESCE(SUM(households), 0),
            COALESCE(SUM(digital_households), 0), COALESCE(SUM(reached_households), 0), COALESCE(SUM(assigned_households), 0)""";

    private final JdbcClient jdbc;

    AdoptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The place's figures for the period, its stocks those of {@code stockMonth}. */
    Figures figures(PlaceLevel level, long id, Period period, LocalDate stockMonth) {
        String col = column(level);
        return grouped(col, id, col, period, stockMonth).getOrDefault(id, empty(villages(level, id)));
    }

    /** The figures of each child of the place (communes of a province, villages of a commune). */
    Map<Long, Figures> byChild(PlaceLevel level, long id, Period period, LocalDate stockMonth) {
        return grouped(column(level), id, level == PlaceLevel.PROVINCE ? "commune_id" : "village_id", period, stockMonth);
    }

    /** The place's figures for each month from {@code first} to {@code last}, each month's stocks its own. */
    Map<LocalDate, Figures> byMonth(PlaceLevel level, long id, LocalDate first, LocalDate last) {
        String col = column(level);
        Map<Object, long[]> days = sums("SELECT DATE_FORMAT(day, '%Y-%m-01'), " + DAY_SUMS + " FROM stat_village_day WHERE " + col
                + " = :id AND day >= :from AND day < :to GROUP BY 1", id, first, last.plusMonths(1), 16);
        Map<Object, long[]> months = sums("SELECT month, " + MONTH_SUMS + " FROM stat_village_month WHERE " + col
                + " = :id AND month >= :from AND month <= :to GROUP BY month", id, first, last, 7);
        Map<Object, long[]> medians = medians("DATE_FORMAT(day, '%Y-%m-01')", col, id, first, last.plusMonths(1));
        Map<Object, long[]> active = sums("SELECT DATE_FORMAT(day, '%Y-%m-01'), COUNT(DISTINCT village_id) FROM stat_village_day WHERE "
                + col + " = :id AND day >= :from AND day < :to AND sessions > 0 GROUP BY 1", id, first, last.plusMonths(1), 1);
        long villages = villages(level, id);
        Map<LocalDate, Figures> result = new TreeMap<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            String key = m.toString();
            result.put(m, figures(days.get(key), months.get(m), medians.get(key), villages, active.get(key)));
        }
        return result;
    }

    private Map<Long, Figures> grouped(String col, long id, String groupCol, Period period, LocalDate stockMonth) {
        Map<Object, long[]> days = sums("SELECT " + groupCol + ", " + DAY_SUMS + " FROM stat_village_day WHERE " + col
                + " = :id AND day >= :from AND day < :to GROUP BY " + groupCol, id, period.from(), period.to(), 16);
        Map<Object, long[]> months = sums("SELECT " + groupCol + ", " + MONTH_SUMS + " FROM stat_village_month WHERE " + col
                + " = :id AND month >= :from AND month <= :to GROUP BY " + groupCol, id, stockMonth, stockMonth, 7);
        Map<Object, long[]> medians = medians(groupCol, col, id, period.from(), period.to());
        LocalDate lastMonthEnd = stockMonth.plusMonths(1).isBefore(period.to()) ? stockMonth.plusMonths(1) : period.to();
        Map<Object, long[]> active = sums("SELECT " + groupCol + ", COUNT(DISTINCT village_id) FROM stat_village_day WHERE " + col
                + " = :id AND day >= :from AND day < :to AND sessions > 0 GROUP BY " + groupCol, id, stockMonth, lastMonthEnd, 1);
        Map<Long, Long> villages = villageCounts(col, id, groupCol);
        Map<Long, Figures> result = new LinkedHashMap<>();
        for (Map.Entry<Long, Long> v : villages.entrySet()) {
            Long key = v.getKey();
            result.put(key, figures(days.get(key), months.get(key), medians.get(key), v.getValue(), active.get(key)));
        }
        return result;
    }

    /** The figures of every village of the place, with the names of its commune and province, in tree order. */
    List<ReportRow> villageRows(PlaceLevel level, long id, Period period, LocalDate stockMonth) {
        Map<Long, Figures> figures = grouped(column(level), id, "village_id", period, stockMonth);
        return jdbc.sql("""
                        SELECT v.id, p.name, c.name, v.name FROM village v JOIN commune c ON c.id = v.commune_id
                        JOIN province p ON p.id = c.province_id
                        WHERE v.retired_at IS NULL AND %s = :id ORDER BY p.name, c.name, v.name, v.id""".formatted(switch (level) {
                    case PROVINCE -> "p.id";
                    case COMMUNE -> "c.id";
                    case VILLAGE -> "v.id";
                }))
                .param("id", id)
                .query((rs, n) -> new ReportRow(rs.getString(2), rs.getString(3), rs.getString(4),
                        figures.getOrDefault(rs.getLong(1), empty(1))))
                .list();
    }

    /** When the summaries last read the raw tables. */
    Optional<LocalDateTime> dataAsOf() {
        return jdbc.sql("SELECT watermark FROM stat_refresh WHERE name = 'summaries'").query(LocalDateTime.class).optional();
    }

    /** Topics not done, by topic and reason, most frequent first. */
    List<NotReached> notReached(PlaceLevel level, long id, Period period) {
        return jdbc.sql("SELECT topic, outcome, reason, SUM(sessions) FROM stat_topic_day WHERE " + column(level)
                        + " = :id AND day >= :from AND day < :to AND outcome <> 'DONE' GROUP BY topic, outcome, reason ORDER BY 4 DESC, 1, 2, 3")
                .param("id", id).param("from", period.from()).param("to", period.to())
                .query((rs, n) -> new NotReached(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    private static Figures figures(long[] d, long[] m, long[] median, long villages, long[] active) {
        long[] days = d == null ? new long[16] : d;
        long[] months = m == null ? new long[7] : m;
        long activeVillages = active == null ? 0 : active[0];
        return new Figures(days[0], days[1], days[2], days[3], days[4], days[5], days[6], days[7], days[8], days[9], days[10],
                days[11], days[12], days[13], days[14], days[15], months[0], months[1], months[2], months[3], months[4], months[5],
                months[6], median == null ? 0 : median[0], villages, Math.max(0, villages - activeVillages));
    }

    private static Figures empty(long villages) {
        return figures(null, null, null, villages, null);
    }

    /** Rows of a key and {@code width} numbers, by key (a place id, or a month as text or date). */
    private Map<Object, long[]> sums(String sql, long id, LocalDate from, LocalDate to, int width) {
        Map<Object, long[]> result = new HashMap<>();
        jdbc.sql(sql).param("id", id).param("from", from).param("to", to).query(rs -> {
            long[] values = new long[width];
            for (int i = 0; i < width; i++) {
                values[i] = rs.getLong(i + 2);
            }
            result.put(key(rs), values);
        });
        return result;
    }

    /** The median session length per group: sessions counted by their exact minutes, so it is exact. */
    private Map<Object, long[]> medians(String groupExpr, String col, long id, LocalDate from, LocalDate to) {
        Map<Object, List<long[]>> counts = new HashMap<>();
        jdbc.sql("SELECT " + groupExpr + ", minutes, SUM(sessions) FROM stat_minutes_day WHERE " + col
                        + " = :id AND day >= :from AND day < :to GROUP BY 1, minutes ORDER BY 1, minutes")
                .param("id", id).param("from", from).param("to", to)
                .query(rs -> {
                    counts.computeIfAbsent(key(rs), k -> new ArrayList<>()).add(new long[] {rs.getLong(2), rs.getLong(3)});
                });
        Map<Object, long[]> result = new HashMap<>();
        counts.forEach((key, rows) -> result.put(key, new long[] {median(rows)}));
        return result;
    }

    /** The median of values given as (value, how many) in increasing order; between two middles, their mean rounded up. */
    static long median(List<long[]> valueCounts) {
        long total = valueCounts.stream().mapToLong(r -> r[1]).sum();
        if (total == 0) {
            return 0;
        }
        long lowRank = (total + 1) / 2;
        long highRank = total / 2 + 1;
        long low = 0;
        long high = 0;
        long seen = 0;
        for (long[] r : valueCounts) {
            long before = seen;
            seen += r[1];
            if (before < lowRank && lowRank <= seen) {
                low = r[0];
            }
            if (before < highRank && highRank <= seen) {
                high = r[0];
                break;
            }
        }
        return (low + high + 1) / 2;
    }

    private long villages(PlaceLevel level, long id) {
        return villageCounts(column(level), id, column(level)).getOrDefault(id, 0L);
    }

    /** Villages (not retired) per group of the place. */
    private Map<Long, Long> villageCounts(String col, long id, String groupCol) {
        Map<Long, Long> result = new LinkedHashMap<>();
        jdbc.sql("SELECT " + groupCol + ", COUNT(*) FROM (SELECT v.id AS village_id, v.commune_id, "
                        + "c.province_id FROM village v JOIN commune c ON c.id = v.commune_id WHERE v.retired_at IS NULL) p WHERE "
                        + col + " = :id GROUP BY 1 ORDER BY 1")
                .param("id", id).query(rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                });
        return result;
    }

    private static Object key(ResultSet rs) throws SQLException {
        Object key = rs.getObject(1);
        if (key instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (key instanceof LocalDate date) {
            return date;
        }
        return key instanceof Number n ? (Object) n.longValue() : String.valueOf(key);
    }

    private static String column(PlaceLevel level) {
        return switch (level) {
            case PROVINCE -> "province_id";
            case COMMUNE -> "commune_id";
            case VILLAGE -> "village_id";
        };
    }
}
