package vn.tramso.usage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.Village;

/**
 * The daily usage summaries ({@code usage_day}, {@code usage_step_day}): days replaced as a whole by
 * the refresh, and read per place (a village, a commune's villages, a province's) through the
 * place's own indexed column. Every row carries its village's commune and province.
 */
@Repository
class UsageSummaryStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    UsageSummaryStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Replaces the summaries of the days from {@code from} to {@code to} (exclusive) with these counts. */
    void replace(LocalDate from, LocalDate to, List<UsageStore.DayCount> days, List<UsageStore.StepCount> steps,
                 Map<Long, Village> villages) {
        jdbc.sql("DELETE FROM usage_day WHERE day >= :from AND day < :to").param("from", from).param("to", to).update();
        jdbc.sql("DELETE FROM usage_step_day WHERE day >= :from AND day < :to").param("from", from).param("to", to).update();
        named.batchUpdate("""
                        INSERT INTO usage_day (village_id, commune_id, province_id, day, visits, guides_finished)
                        VALUES (:village, :commune, :province, :day, :visits, :finished)""",
                days.stream().filter(d -> villages.containsKey(d.villageId()))
                        .map(d -> place(villages.get(d.villageId())).addValue("day", d.day()).addValue("visits", d.visits())
                                .addValue("finished", d.guidesFinished()))
                        .toArray(SqlParameterSource[]::new));
        named.batchUpdate("""
                        INSERT INTO usage_step_day (village_id, commune_id, province_id, day, guide_id, step, kind, visits)
                        VALUES (:village, :commune, :province, :day, :guide, :step, :kind, :visits)""",
                steps.stream().filter(s -> villages.containsKey(s.villageId()))
                        .map(s -> place(villages.get(s.villageId())).addValue("day", s.day()).addValue("guide", s.guide())
                                .addValue("step", s.step()).addValue("kind", s.kind().name()).addValue("visits", s.visits()))
                        .toArray(SqlParameterSource[]::new));
    }

    /** How a place's figures are grouped: all in one, by child place, by village, or by month. */
    enum Grouping {
        NONE, CHILD, VILLAGE, MONTH
    }

    /** Visits and guides finished summed by the grouping's key (the place's id for NONE, the month's first day for MONTH). */
    Map<Object, long[]> visits(PlaceLevel level, long id, LocalDate from, LocalDate to, Grouping grouping) {
        String key = switch (grouping) {
            case NONE -> column(level);
            case CHILD -> level == PlaceLevel.PROVINCE ? "commune_id" : "village_id";
            case VILLAGE -> "village_id";
            case MONTH -> "DATE_FORMAT(day, '%Y-%m-01')";
        };
        Map<Object, long[]> result = new java.util.HashMap<>();
        jdbc.sql("SELECT " + key + ", SUM(visits), SUM(guides_finished) FROM usage_day WHERE " + column(level)
                        + " = :id AND day >= :from AND day < :to GROUP BY 1")
                .param("id", id).param("from", from).param("to", to)
                .query(rs -> {
                    Object k = grouping == Grouping.MONTH ? LocalDate.parse(rs.getString(1)) : (Object) rs.getLong(1);
                    result.put(k, new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return result;
    }

    /** A place's step rows summed over the period: guide, step, kind, visits. */
    List<UsageStore.StepCount> steps(PlaceLevel level, long id, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT guide_id, step, kind, SUM(visits) FROM usage_step_day WHERE " + column(level)
                        + " = :id AND day >= :from AND day < :to GROUP BY guide_id, step, kind ORDER BY guide_id, step")
                .param("id", id).param("from", from).param("to", to)
                .query((rs, n) -> new UsageStore.StepCount(id, from, rs.getString(1), rs.getInt(2),
                        UsageKind.valueOf(rs.getString(3)), rs.getLong(4)))
                .list();
    }

    Optional<LocalDateTime> watermark() {
        return jdbc.sql("SELECT watermark FROM usage_refresh WHERE name = 'summaries'").query(LocalDateTime.class).optional();
    }

    void watermark(LocalDateTime watermark) {
        jdbc.sql("INSERT INTO usage_refresh (name, watermark) VALUES ('summaries', :w) ON DUPLICATE KEY UPDATE watermark = :w")
                .param("w", watermark).update();
    }

    private static MapSqlParameterSource place(Village v) {
        return new MapSqlParameterSource().addValue("village", v.id()).addValue("commune", v.communeId())
                .addValue("province", v.provinceId());
    }

    private static String column(PlaceLevel level) {
        return switch (level) {
            case PROVINCE -> "province_id";
            case COMMUNE -> "commune_id";
            case VILLAGE -> "village_id";
        };
    }
}
