package vn.tramso.adoption;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tramso.place.PlaceLevel;

/** The SQL of the targets ({@code indicator_target}): a value per place, indicator and year, with who set it and when. */
@Repository
class TargetStore {

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The place's targets for the year, by indicator. */
    Map<Indicator, Double> of(PlaceLevel level, long id, int year) {
        Map<Indicator, Double> result = new EnumMap<>(Indicator.class);
        jdbc.sql("SELECT indicator, value FROM indicator_target WHERE place_level = :level AND place_id = :id AND year = :year")
                .param("level", level.name()).param("id", id).param("year", year)
                .query(rs -> {
                    result.put(Indicator.valueOf(rs.getString(1)), rs.getBigDecimal(2).doubleValue());
                });
        return result;
    }

    /** Replaces the place's target for the indicator and year with {@code value}, or removes it when {@code null}. */
    void set(PlaceLevel level, long id, Indicator indicator, int year, Double value, long by, LocalDateTime at) {
        jdbc.sql("DELETE FROM indicator_target WHERE place_level = :level AND place_id = :id AND indicator = :i AND year = :year")
                .param("level", level.name()).param("id", id).param("i", indicator.name()).param("year", year).update();
        if (value != null) {
            jdbc.sql("""
                            INSERT INTO indicator_target (place_level, place_id, indicator, year, value, set_by, set_at)
                            VALUES (:level, :id, :i, :year, :value, :by, :now)
                            """)
                    .param("level", level.name()).param("id", id).param("i", indicator.name()).param("year", year)
                    .param("value", BigDecimal.valueOf(value)).param("by", by).param("now", at).update();
        }
    }
}
