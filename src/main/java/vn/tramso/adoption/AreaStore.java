package vn.tramso.adoption;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tramso.place.PlaceLevel;

/**
 * The places a dashboard names: where the admin's starts, and the names of a place's communes or
 * villages. It reads the place feature's tables, as the adoption read model may (decision 010).
 */
@Repository
class AreaStore {

    private final JdbcClient jdbc;

    AreaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first province not retired (the lowest id). */
    long firstProvince() {
        return jdbc.sql("SELECT MIN(id) FROM province WHERE retired_at IS NULL").query(Long.class).single();
    }

    /** The names of the communes of a province ({@code childLevel} COMMUNE) or the villages of a commune, by id. */
    Map<Long, String> names(PlaceLevel childLevel, long parentId) {
        Map<Long, String> names = new HashMap<>();
        String sql = childLevel == PlaceLevel.COMMUNE ? "SELECT id, name FROM commune WHERE province_id = :p"
                : "SELECT id, name FROM village WHERE commune_id = :p";
        jdbc.sql(sql).param("p", parentId).query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
    }
}
