package vn.tramso.place;

import static vn.tramso.place.PlaceRefusedException.Reason.BAD_CODE;
import static vn.tramso.place.PlaceRefusedException.Reason.BAD_NAME;
import static vn.tramso.place.PlaceRefusedException.Reason.CODE_TAKEN;
import static vn.tramso.place.PlaceRefusedException.Reason.FORMULA_ADDRESS;
import static vn.tramso.place.PlaceRefusedException.Reason.FORMULA_NAME;
import static vn.tramso.place.PlaceRefusedException.Reason.HAS_ACTIVE_KIOSK;
import static vn.tramso.place.PlaceRefusedException.Reason.HAS_PLACES_IN_USE;
import static vn.tramso.place.PlaceRefusedException.Reason.PARENT_RETIRED;
import static vn.tramso.place.PlaceRefusedException.Reason.UNKNOWN;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.table.Formulas;

/**
 * Keeps the place tree: add, rename, retire and restore provinces, communes and villages. Who
 * may change what: an admin everything; a province admin the communes and villages of their
 * province; a commune leader the villages of their commune. Codes never change (other records
 * and files refer to them); a place in use is retired, never deleted, and only once nothing under
 * it is in use.
 */
@Service
public class PlaceAdmin {

    /** Codes as in the demo data: HY, HY-HQ, HY-HQ-TRA-PHUONG. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+){0,5}");
    static final int MAX_NAME = 120;

    private final JdbcClient jdbc;
    private final PlaceScope scope;
    private final Clock clock;

    PlaceAdmin(JdbcClient jdbc, PlaceScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** The provinces the signed-in staff member may see, by name. */
    public List<Province> provinces() {
        return jdbc.sql("SELECT id, code, name, retired_at IS NOT NULL AS retired FROM province ORDER BY name")
                .query((rs, n) -> new Province(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list().stream().filter(p -> scope.seesProvince(p.id())).toList();
    }

    public List<Commune> communes(long provinceId) {
        return jdbc.sql("""
                        SELECT id, province_id, code, name, kind, retired_at IS NOT NULL AS retired FROM commune
                        WHERE province_id = :p ORDER BY name
                        """)
                .param("p", provinceId).query(PlaceAdmin::commune).list().stream()
                .filter(c -> scope.seesCommune(c.id(), c.provinceId())).toList();
    }

    public List<Village> villages(long communeId) {
        return jdbc.sql(PlaceService.VILLAGE + " WHERE v.commune_id = :c ORDER BY v.name").param("c", communeId)
                .query(PlaceService::village).list().stream().filter(v -> scope.seesCommune(v.communeId(), v.provinceId()))
                .toList();
    }

    @Transactional
    public long addProvince(String code, String name) {
        scope.manageProvinces();
        return insert("INSERT INTO province (code, name) VALUES (:code, :name)", code(code), name(name), null, null);
    }

    @Transactional
    public long addCommune(long provinceId, String code, String name, CommuneKind kind) {
        scope.manageCommunesOf(provinceId);
        requireInUse(PlaceLevel.PROVINCE, provinceId);
        return insert("INSERT INTO commune (province_id, code, name, kind) VALUES (:parent, :code, :name, :kind)",
                code(code), name(name), provinceId, (kind == null ? CommuneKind.XA : kind).name());
    }

    @Transactional
    public long addVillage(long communeId, String code, String name, VillageKind kind, String culturalHouse,
                           String culturalHouseAddress) {
        scope.manageVillagesOf(communeId, provinceOf(communeId));
        requireInUse(PlaceLevel.COMMUNE, communeId);
        String village = name(name);
        String house = culturalHouse == null || culturalHouse.isBlank() ? defaultCulturalHouse(village) : name(culturalHouse);
        try {
            jdbc.sql("""
                            INSERT INTO village (commune_id, code, name, kind, cultural_house_name, cultural_house_address)
                            VALUES (:commune, :code, :name, :kind, :house, :address)
                            """)
                    .param("commune", communeId).param("code", code(code)).param("name", village)
                    .param("kind", (kind == null ? VillageKind.THON : kind).name()).param("house", house)
                    .param("address", address(culturalHouseAddress)).update();
        } catch (DuplicateKeyException e) {
            throw new PlaceRefusedException(CODE_TAKEN);
        }
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    /** Renames a place; its code stays. */
    @Transactional
    public void rename(PlaceLevel level, long id, String name) {
        manage(level, id);
        jdbc.sql("UPDATE " + level.table() + " SET name = :n WHERE id = :id").param("n", name(name)).param("id", id).update();
    }

    /** Changes a village's cultural house (its name, its address). */
    @Transactional
    public void changeCulturalHouse(long villageId, String name, String address) {
        manage(PlaceLevel.VILLAGE, villageId);
        jdbc.sql("UPDATE village SET cultural_house_name = :n, cultural_house_address = :a WHERE id = :id")
                .param("n", name(name)).param("a", address(address)).param("id", villageId).update();
    }

    /**
     * Retires a place: refused while a place under it is still in use, or (a village) while its
     * kiosk is active.
     */
    @Transactional
    public void retire(PlaceLevel level, long id) {
        manage(level, id);
        int inUse = switch (level) {
            case PROVINCE -> count("SELECT COUNT(*) FROM commune WHERE province_id = :id AND retired_at IS NULL", id);
            case COMMUNE -> count("SELECT COUNT(*) FROM village WHERE commune_id = :id AND retired_at IS NULL", id);
            case VILLAGE -> 0;
        };
        if (inUse > 0) {
            throw new PlaceRefusedException(HAS_PLACES_IN_USE);
        }
        if (level == PlaceLevel.VILLAGE && count("SELECT COUNT(*) FROM kiosk WHERE village_id = :id AND active", id) > 0) {
            throw new PlaceRefusedException(HAS_ACTIVE_KIOSK);
        }
        jdbc.sql("UPDATE " + level.table() + " SET retired_at = :now WHERE id = :id AND retired_at IS NULL")
                .param("now", LocalDateTime.now(clock)).param("id", id).update();
    }

    /** Puts a retired place back in use (its parent must be in use). */
    @Transactional
    public void restore(PlaceLevel level, long id) {
        manage(level, id);
        switch (level) {
            case COMMUNE -> requireInUse(PlaceLevel.PROVINCE, jdbc.sql("SELECT province_id FROM commune WHERE id = :id")
                    .param("id", id).query(Long.class).single());
            case VILLAGE -> requireInUse(PlaceLevel.COMMUNE, jdbc.sql("SELECT commune_id FROM village WHERE id = :id")
                    .param("id", id).query(Long.class).single());
            case PROVINCE -> { }
        }
        jdbc.sql("UPDATE " + level.table() + " SET retired_at = NULL WHERE id = :id").param("id", id).update();
    }

    /**
     * Adds a kiosk to a village's cultural house. Its code names its settings file
     * {@code kiosk-config/kiosks/<code>.yaml} and its address {@code /kiosk/<code>}.
     *
     * @throws IllegalArgumentException when the code is not lower-case letters, digits and dashes, or is taken
     */
    @Transactional
    public void addKiosk(String code, long villageId) {
        scope.manageKiosks();
        if (code == null || !PlaceService.KIOSK_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("bad kiosk code");
        }
        try {
            jdbc.sql("INSERT INTO kiosk (code, village_id) VALUES (:c, :v)").param("c", code).param("v", villageId).update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("kiosk code taken", e);
        }
    }

    /** Suspends or resumes a kiosk: a suspended kiosk's browsers see "not registered" and book nothing. */
    @Transactional
    public void setKioskActive(String kioskCode, boolean active) {
        scope.manageKiosks();
        jdbc.sql("UPDATE kiosk SET active = :a WHERE code = :c").param("a", active).param("c", kioskCode).update();
    }

    private void manage(PlaceLevel level, long id) {
        switch (level) {
            case PROVINCE -> {
                requireExists(level, id);
                scope.manageProvinces();
            }
            case COMMUNE -> {
                requireExists(level, id);
                scope.manageCommunesOf(jdbc.sql("SELECT province_id FROM commune WHERE id = :id").param("id", id)
                        .query(Long.class).single());
            }
            case VILLAGE -> {
                requireExists(level, id);
                long communeId = jdbc.sql("SELECT commune_id FROM village WHERE id = :id").param("id", id)
                        .query(Long.class).single();
                scope.manageVillagesOf(communeId, provinceOf(communeId));
            }
        }
    }

    private long insert(String sql, String code, String name, Long parent, String kind) {
        try {
            var spec = jdbc.sql(sql).param("code", code).param("name", name);
            if (parent != null) {
                spec = spec.param("parent", parent);
            }
            if (kind != null) {
                spec = spec.param("kind", kind);
            }
            spec.update();
        } catch (DuplicateKeyException e) {
            throw new PlaceRefusedException(CODE_TAKEN);
        }
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    private long provinceOf(long communeId) {
        return jdbc.sql("SELECT province_id FROM commune WHERE id = :id").param("id", communeId).query(Long.class)
                .optional().orElseThrow(() -> new PlaceRefusedException(UNKNOWN));
    }

    private void requireExists(PlaceLevel level, long id) {
        if (count("SELECT COUNT(*) FROM " + level.table() + " WHERE id = :id", id) == 0) {
            throw new PlaceRefusedException(UNKNOWN);
        }
    }

    private void requireInUse(PlaceLevel level, long id) {
        requireExists(level, id);
        if (count("SELECT COUNT(*) FROM " + level.table() + " WHERE id = :id AND retired_at IS NOT NULL", id) > 0) {
            throw new PlaceRefusedException(PARENT_RETIRED);
        }
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }

    /** "Thôn Nà Lương" → "Nhà văn hóa thôn Nà Lương". */
    static String defaultCulturalHouse(String village) {
        return "Nhà văn hóa " + Character.toLowerCase(village.charAt(0)) + village.substring(1);
    }

    static String code(String code) {
        String c = code == null ? "" : code.strip();
        if (c.length() > 32 || !CODE.matcher(c).matches()) {
            throw new PlaceRefusedException(BAD_CODE);
        }
        return c;
    }

    static String name(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new PlaceRefusedException(BAD_NAME);
        }
        if (Formulas.startsLikeOne(n)) {
            throw new PlaceRefusedException(FORMULA_NAME);
        }
        return n;
    }

    private static String address(String s) {
        String a = s == null || s.isBlank() ? null : s.strip();
        if (Formulas.startsLikeOne(a)) {
            throw new PlaceRefusedException(FORMULA_ADDRESS);
        }
        return a;
    }

    private static Commune commune(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Commune(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                CommuneKind.valueOf(rs.getString(5)), rs.getBoolean(6));
    }
}
