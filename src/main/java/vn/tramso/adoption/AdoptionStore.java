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
import vn.tramso.usage.UsageFigures;

/**
 * Reads the monthly summary tables only: a place's figures in all, grouped by its children or by
 * month. Every query filters on one indexed place column and a range of months. What the sums make
 * ({@link Figures}, the median minutes) is {@link SummedFigures}' arithmetic.
 */
@Repository
class AdoptionStore {

    private static final String SUM_EVENTS = """
            COALESCE(SUM(sessions), 0), COALESCE(SUM(people), 0), COALESCE(SUM(new_people), 0), COALESCE(SUM(alone), 0),
            COALESCE(SUM(minutes), 0), COALESCE(SUM(topics), 0), COALESCE(SUM(topics_done), 0), COALESCE(SUM(dossiers_done), 0),
            COALESCE(SUM(bookings_over), 0), COALESCE(SUM(no_shows), 0), COALESCE(SUM(ratings), 0), COALESCE(SUM(rating_sum), 0),
            COALESCE(SUM(ratings_done), 0), COALESCE(SUM(concerns_opened), 0), COALESCE(SUM(concerns_closed), 0),
            COALESCE(SUM(concerns_on_time), 0)""";
    private static final String STOCK_SUMS = """
            COALESCE(SUM(adults), 0), COALESCE(SUM(adults_vneid1), 0), COALESCE(SUM(adults_vneid2), 0), COALESCE(SUM(households), 0),
            COALESCE(SUM(digital_households), 0), COALESCE(SUM(reached_households), 0), COALESCE(SUM(assigned_households), 0)""";

    private final JdbcClient jdbc;

    AdoptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The place's figures for the period, its stocks those of {@code stockMonth}. */
    Figures figures(PlaceLevel level, long id, Period period, LocalDate stockMonth) {
        return grouped(Rows.place(level, id), period, stockMonth).getOrDefault(id, SummedFigures.empty(villages(level, id)));
    }

    /** The figures of each child of the place (communes of a province, villages of a commune). */
    Map<Long, Figures> byChild(PlaceLevel level, long id, Period period, LocalDate stockMonth) {
        return grouped(Rows.children(level, id), period, stockMonth);
    }

    /** The place's figures for each month from {@code first} to {@code last}, each month's stocks its own. */
    Map<LocalDate, Figures> byMonth(PlaceLevel level, long id, LocalDate first, LocalDate last) {
        Rows place = Rows.place(level, id);
        Map<Object, long[]> events = sums("SELECT month, " + SUM_EVENTS + ", SUM(active_villages) FROM stat_events_month WHERE "
                + place.events() + " AND month >= :from AND month < :to GROUP BY month", id, first, last.plusMonths(1), 17);
        Map<Object, long[]> stocks = sums("SELECT month, " + STOCK_SUMS + " FROM stat_village_month WHERE " + place.stocks()
                + " AND month >= :from AND month <= :to GROUP BY month", id, first, last, 7);
        Map<Object, long[]> medians = medians("month", place.minutes(), id, first, last.plusMonths(1));
        Map<Object, long[]> dossiers = dossiers(place.dossierWhere() == null ? null : "d.month", place.dossierWhere(), id, first,
                last.plusMonths(1));
        long villages = villages(level, id);
        Map<LocalDate, Figures> result = new TreeMap<>();
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long[] e = events.get(m);
            result.put(m, SummedFigures.of(e, stocks.get(m), medians.get(m), villages, e == null ? null : new long[] {e[16]}, dossiers.get(m)));
        }
        return result;
    }

    /**
     * The figures of every village of the place, with the names of its commune and province, in tree order;
     * each village's kiosk counts from {@code kiosk} (usage's, by village id).
     */
    List<ReportRow> villageRows(PlaceLevel level, long id, Period period, LocalDate stockMonth,
                                Map<Long, UsageFigures.Visits> kiosk) {
        Map<Long, Figures> figures = grouped(Rows.villages(level, id), period, stockMonth);
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
                        figures.getOrDefault(rs.getLong(1), SummedFigures.empty(1))
                                .withKiosk(kiosk.getOrDefault(rs.getLong(1), UsageFigures.Visits.NONE))))
                .list();
    }

    private Map<Long, Figures> grouped(Rows rows, Period period, LocalDate stockMonth) {
        long id = rows.id();
        Map<Object, long[]> events = sums("SELECT place_id, " + SUM_EVENTS + " FROM stat_events_month WHERE " + rows.events()
                + " AND month >= :from AND month < :to GROUP BY place_id", id, period.from(), period.to(), 16);
        Map<Object, long[]> stocks = sums("SELECT " + rows.stockKey() + ", " + STOCK_SUMS + " FROM stat_village_month WHERE "
                + rows.stocks() + " AND month >= :from AND month <= :to GROUP BY " + rows.stockKey(), id, stockMonth, stockMonth, 7);
        Map<Object, long[]> medians = medians("place_id", rows.minutes(), id, period.from(), period.to());
        Map<Object, long[]> active = sums("SELECT place_id, SUM(active_villages) FROM stat_events_month WHERE " + rows.events()
                + " AND month >= :from AND month <= :to GROUP BY place_id", id, stockMonth, stockMonth, 1);
        Map<Object, long[]> dossiers = dossiers(rows.dossierKey(), rows.dossierWhere(), id, period.from(), period.to());
        Map<Long, Figures> result = new LinkedHashMap<>();
        for (Map.Entry<Long, Long> v : villageCounts(rows.stocks(), id, rows.stockKey()).entrySet()) {
            Long key = v.getKey();
            result.put(key, SummedFigures.of(events.get(key), stocks.get(key), medians.get(key), v.getValue(), active.get(key), dossiers.get(key)));
        }
        return result;
    }

    /** The commune's own dossiers (received, online) per group, summed over the months; none below a commune. */
    private Map<Object, long[]> dossiers(String key, String where, long id, LocalDate from, LocalDate to) {
        if (key == null) {
            return Map.of();
        }
        return sums("SELECT " + key + ", SUM(d.received), SUM(d.online) FROM commune_dossier_month d JOIN commune c ON c.id = d.commune_id"
                + " WHERE " + where + " AND d.month >= :from AND d.month < :to GROUP BY 1", id, from, to, 2);
    }

    /**
     * Which summary rows hold a selection of places: the conditions on the monthly event and minute
     * rows (by level, and the place, its parent or its province), and on the village stocks (by
     * the place's column), with the column the stocks are grouped by; and the communes' own dossiers
     * (the key to group them by and the condition), or nulls where villages are the places.
     */
    private record Rows(long id, String events, String minutes, String stocks, String stockKey, String dossierKey,
                        String dossierWhere) {

        /** The place itself. */
        static Rows place(PlaceLevel level, long id) {
            String own = "level = '" + level.name() + "' AND place_id = :id";
            return switch (level) {
                case PROVINCE -> new Rows(id, own, own, column(level) + " = :id", column(level), "c.province_id", "c.province_id = :id");
                case COMMUNE -> new Rows(id, own, own, column(level) + " = :id", column(level), "d.commune_id", "d.commune_id = :id");
                case VILLAGE -> new Rows(id, own, own, column(level) + " = :id", column(level), null, null);
            };
        }

        /** Its communes (of a province) or villages (of a commune). */
        static Rows children(PlaceLevel level, long id) {
            PlaceLevel child = level == PlaceLevel.PROVINCE ? PlaceLevel.COMMUNE : PlaceLevel.VILLAGE;
            String rows = "level = '" + child.name() + "' AND parent_id = :id";
            return level == PlaceLevel.PROVINCE
                    ? new Rows(id, rows, rows, column(level) + " = :id", column(child), "d.commune_id", "c.province_id = :id")
                    : new Rows(id, rows, rows, column(level) + " = :id", column(child), null, null);
        }

        /** Each of its villages. */
        static Rows villages(PlaceLevel level, long id) {
            String events = "level = 'VILLAGE' AND " + switch (level) {
                case PROVINCE -> "province_id = :id";
                case COMMUNE -> "parent_id = :id";
                case VILLAGE -> "place_id = :id";
            };
            String minutes = "level = 'VILLAGE' AND " + switch (level) {
                case PROVINCE -> "parent_id IN (SELECT id FROM commune WHERE province_id = :id)";
                case COMMUNE -> "parent_id = :id";
                case VILLAGE -> "place_id = :id";
            };
            return new Rows(id, events, minutes, column(level) + " = :id", "village_id", null, null);
        }
    }

    /** When the summaries last read the raw tables. */
    Optional<LocalDateTime> dataAsOf() {
        return jdbc.sql("SELECT watermark FROM stat_refresh WHERE name = 'summaries'").query(LocalDateTime.class).optional();
    }

    /** Topics not done, by topic and reason, most frequent first. */
    List<NotReached> notReached(PlaceLevel level, long id, Period period) {
        return jdbc.sql("SELECT topic, outcome, reason, SUM(sessions) FROM stat_topic_month WHERE level = '" + level.name()
                        + "' AND place_id = :id AND month >= :from AND month < :to AND outcome <> 'DONE' GROUP BY topic, outcome, reason "
                        + "ORDER BY 4 DESC, 1, 2, 3")
                .param("id", id).param("from", period.from()).param("to", period.to())
                .query((rs, n) -> new NotReached(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
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
    private Map<Object, long[]> medians(String groupExpr, String where, long id, LocalDate from, LocalDate to) {
        Map<Object, List<long[]>> counts = new HashMap<>();
        jdbc.sql("SELECT " + groupExpr + ", minutes, SUM(sessions) FROM stat_minutes_month WHERE " + where
                        + " AND month >= :from AND month < :to GROUP BY 1, minutes ORDER BY 1, minutes")
                .param("id", id).param("from", from).param("to", to)
                .query(rs -> {
                    counts.computeIfAbsent(key(rs), k -> new ArrayList<>()).add(new long[] {rs.getLong(2), rs.getLong(3)});
                });
        Map<Object, long[]> result = new HashMap<>();
        counts.forEach((key, rows) -> result.put(key, new long[] {SummedFigures.median(rows)}));
        return result;
    }

    private long villages(PlaceLevel level, long id) {
        return villageCounts(column(level) + " = :id", id, column(level)).getOrDefault(id, 0L);
    }

    /** Villages (not retired) per group of the place. */
    private Map<Long, Long> villageCounts(String where, long id, String groupCol) {
        Map<Long, Long> result = new LinkedHashMap<>();
        jdbc.sql("SELECT " + groupCol + ", COUNT(*) FROM (SELECT v.id AS village_id, v.commune_id, "
                        + "c.province_id FROM village v JOIN commune c ON c.id = v.commune_id WHERE v.retired_at IS NULL) p WHERE "
                        + where + " GROUP BY 1 ORDER BY 1")
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
