package vn.tramso.place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the place tree (tables province, commune, village). The place screens
 * ({@link PlaceEditor}) and the place import write through the same methods here; who may write
 * and what a good code or name is stay with them. Writes take values already checked.
 */
@Repository
class PlaceStore {

    private static final String VILLAGE = """
            SELECT v.id, v.code, v.name, v.cultural_house_name, v.commune_id, c.province_id, v.kind,
                   v.cultural_house_address, v.retired_at IS NOT NULL AS retired
            FROM village v JOIN commune c ON c.id = v.commune_id""";
    private static final String COMMUNE = "SELECT id, province_id, code, name, kind, retired_at IS NOT NULL AS retired FROM commune";
    private static final String PROVINCE = "SELECT id, code, name, retired_at IS NOT NULL AS retired FROM province";

    private final JdbcClient jdbc;

    PlaceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Province> province(long id) {
        return jdbc.sql(PROVINCE + " WHERE id = :id").param("id", id).query(PlaceStore::province).optional();
    }

    /** Every province, retired ones too, by name. */
    List<Province> provinces() {
        return jdbc.sql(PROVINCE + " ORDER BY name").query(PlaceStore::province).list();
    }

    Optional<Commune> commune(long id) {
        return jdbc.sql(COMMUNE + " WHERE id = :id").param("id", id).query(PlaceStore::commune).optional();
    }

    /** The province's communes, retired ones too, by name. */
    List<Commune> communes(long provinceId) {
        return jdbc.sql(COMMUNE + " WHERE province_id = :p ORDER BY name").param("p", provinceId)
                .query(PlaceStore::commune).list();
    }

    /** Every commune, retired ones too. */
    List<Commune> communes() {
        return jdbc.sql(COMMUNE).query(PlaceStore::commune).list();
    }

    Optional<Village> village(long id) {
        return jdbc.sql(VILLAGE + " WHERE v.id = :id").param("id", id).query(PlaceStore::village).optional();
    }

    Optional<Village> village(String code) {
        return jdbc.sql(VILLAGE + " WHERE v.code = :code").param("code", code).query(PlaceStore::village).optional();
    }

    /** The commune's villages, retired ones too, by name. */
    List<Village> villages(long communeId) {
        return jdbc.sql(VILLAGE + " WHERE v.commune_id = :c ORDER BY v.name").param("c", communeId)
                .query(PlaceStore::village).list();
    }

    /** Every village, retired ones too. */
    List<Village> villages() {
        return jdbc.sql(VILLAGE).query(PlaceStore::village).list();
    }

    /** These villages, retired ones too; an id that is no village is left out. */
    List<Village> villages(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql(VILLAGE + " WHERE v.id IN (:ids)").param("ids", ids).query(PlaceStore::village).list();
    }

    /** These communes, retired ones too; an id that is no commune is left out. */
    List<Commune> communes(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql(COMMUNE + " WHERE id IN (:ids)").param("ids", ids).query(PlaceStore::commune).list();
    }

    /** These provinces, retired ones too; an id that is no province is left out. */
    List<Province> provinces(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql(PROVINCE + " WHERE id IN (:ids)").param("ids", ids).query(PlaceStore::province).list();
    }

    /** Villages in use (not retired), by name; with {@code withActiveKiosk} only those with an active kiosk. */
    List<Village> villagesInUse(boolean withActiveKiosk) {
        String kiosk = withActiveKiosk ? " AND v.id IN (SELECT village_id FROM kiosk WHERE active)" : "";
        return jdbc.sql(VILLAGE + " WHERE v.retired_at IS NULL" + kiosk + " ORDER BY v.name").query(PlaceStore::village).list();
    }

    /**
     * The villages in use with their commune and province and the first code of their kiosks,
     * by province, commune and village name: the place file's rows.
     */
    List<VillageLine> villageLines() {
        return jdbc.sql("""
                        SELECT p.id, c.id, p.code, p.name, c.code, c.name, c.kind, v.code, v.name, v.kind, v.cultural_house_name,
                               v.cultural_house_address, (SELECT MIN(k.code) FROM kiosk k WHERE k.village_id = v.id)
                        FROM village v JOIN commune c ON c.id = v.commune_id JOIN province p ON p.id = c.province_id
                        WHERE v.retired_at IS NULL ORDER BY p.name, c.name, v.name
                        """)
                .query((rs, n) -> new VillageLine(rs.getLong(1), rs.getLong(2), new PlaceImport.PlaceRow(rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), CommuneKind.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getString(9), VillageKind.valueOf(rs.getString(10)), rs.getString(11),
                        rs.getString(12), rs.getString(13))))
                .list();
    }

    /** The province of a commune, if the commune exists. */
    Optional<Long> provinceOf(long communeId) {
        return jdbc.sql("SELECT province_id FROM commune WHERE id = :id").param("id", communeId).query(Long.class).optional();
    }

    /** The commune of a village, if the village exists. */
    Optional<Long> communeOf(long villageId) {
        return jdbc.sql("SELECT commune_id FROM village WHERE id = :id").param("id", villageId).query(Long.class).optional();
    }

    boolean exists(PlaceLevel level, long id) {
        return count("SELECT COUNT(*) FROM " + level.table() + " WHERE id = :id", id) > 0;
    }

    boolean retired(PlaceLevel level, long id) {
        return count("SELECT COUNT(*) FROM " + level.table() + " WHERE id = :id AND retired_at IS NOT NULL", id) > 0;
    }

    /** How many places right under this one are in use (a village has none). */
    int inUseUnder(PlaceLevel level, long id) {
        return switch (level) {
            case PROVINCE -> count("SELECT COUNT(*) FROM commune WHERE province_id = :id AND retired_at IS NULL", id);
            case COMMUNE -> count("SELECT COUNT(*) FROM village WHERE commune_id = :id AND retired_at IS NULL", id);
            case VILLAGE -> 0;
        };
    }

    /**
     * Adds a province; its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the code is taken
     */
    long addProvince(String code, String name) {
        jdbc.sql("INSERT INTO province (code, name) VALUES (:code, :name)").param("code", code).param("name", name).update();
        return lastId();
    }

    /**
     * Adds a commune to a province; its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the code is taken
     */
    long addCommune(long provinceId, String code, String name, CommuneKind kind) {
        jdbc.sql("INSERT INTO commune (province_id, code, name, kind) VALUES (:parent, :code, :name, :kind)")
                .param("parent", provinceId).param("code", code).param("name", name).param("kind", kind.name()).update();
        return lastId();
    }

    /**
     * Adds a village to a commune; its id.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the code is taken
     */
    long addVillage(long communeId, String code, String name, VillageKind kind, String culturalHouse,
                    String culturalHouseAddress) {
        jdbc.sql("""
                        INSERT INTO village (commune_id, code, name, kind, cultural_house_name, cultural_house_address)
                        VALUES (:commune, :code, :name, :kind, :house, :address)
                        """)
                .param("commune", communeId).param("code", code).param("name", name).param("kind", kind.name())
                .param("house", culturalHouse).param("address", culturalHouseAddress).update();
        return lastId();
    }

    void rename(PlaceLevel level, long id, String name) {
        jdbc.sql("UPDATE " + level.table() + " SET name = :n WHERE id = :id").param("n", name).param("id", id).update();
    }

    void changeCommuneKind(long communeId, CommuneKind kind) {
        jdbc.sql("UPDATE commune SET kind = :k WHERE id = :id").param("k", kind.name()).param("id", communeId).update();
    }

    void changeVillageKind(long villageId, VillageKind kind) {
        jdbc.sql("UPDATE village SET kind = :k WHERE id = :id").param("k", kind.name()).param("id", villageId).update();
    }

    void changeCulturalHouse(long villageId, String name, String address) {
        jdbc.sql("UPDATE village SET cultural_house_name = :n, cultural_house_address = :a WHERE id = :id")
                .param("n", name).param("a", address).param("id", villageId).update();
    }

    /** Retires the place unless it already is. */
    void retire(PlaceLevel level, long id, LocalDateTime at) {
        jdbc.sql("UPDATE " + level.table() + " SET retired_at = :now WHERE id = :id AND retired_at IS NULL")
                .param("now", at).param("id", id).update();
    }

    void restore(PlaceLevel level, long id) {
        jdbc.sql("UPDATE " + level.table() + " SET retired_at = NULL WHERE id = :id").param("id", id).update();
    }

    private long lastId() {
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }

    private static Province province(ResultSet rs, int row) throws SQLException {
        return new Province(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4));
    }

    private static Commune commune(ResultSet rs, int row) throws SQLException {
        return new Commune(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                CommuneKind.valueOf(rs.getString(5)), rs.getBoolean(6));
    }

    private static Village village(ResultSet rs, int row) throws SQLException {
        return new Village(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
                VillageKind.valueOf(rs.getString(7)), rs.getString(8), rs.getBoolean(9));
    }

    /** A village of the place file with the ids of its province and commune (to tell who may see it). */
    record VillageLine(long provinceId, long communeId, PlaceImport.PlaceRow row) {
    }
}
