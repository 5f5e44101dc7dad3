package vn.tramso.place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of kiosks, their enrolled browsers and their one-time enrolment codes (tables kiosk,
 * kiosk_device, kiosk_enrolment). Codes and tokens arrive here already hashed; the rules (who
 * may, what a code looks like, when it expires) stay in {@link KioskDevices} and {@link PlaceEditor}.
 */
@Repository
class KioskStore {

    private static final String ACCESS = """
            SELECT d.id AS device_id, k.id AS kiosk_id, k.code AS kiosk_code, k.village_id
            FROM kiosk_device d JOIN kiosk k ON k.id = d.kiosk_id
            WHERE d.revoked_at IS NULL AND k.active
            """;
    private static final String KIOSK_PLACE = """
            SELECT k.code AS kiosk_code, v.code AS village_code, v.name AS village_name,
                   v.cultural_house_name AS cultural_house, c.name AS commune_name, p.name AS province_name,
                   k.active AS active
            FROM kiosk k
            JOIN village v ON v.id = k.village_id
            JOIN commune c ON c.id = v.commune_id
            JOIN province p ON p.id = c.province_id
            """;

    private final JdbcClient jdbc;

    KioskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a kiosk to a village.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the code is taken
     */
    void addKiosk(String code, long villageId) {
        jdbc.sql("INSERT INTO kiosk (code, village_id) VALUES (:c, :v)").param("c", code).param("v", villageId).update();
    }

    void setActive(String kioskCode, boolean active) {
        jdbc.sql("UPDATE kiosk SET active = :a WHERE code = :c").param("a", active).param("c", kioskCode).update();
    }

    Optional<Long> kioskId(String kioskCode) {
        return jdbc.sql("SELECT id FROM kiosk WHERE code = :c").param("c", kioskCode).query(Long.class).optional();
    }

    Optional<Long> activeKioskId(String kioskCode) {
        return jdbc.sql("SELECT id FROM kiosk WHERE code = :c AND active").param("c", kioskCode).query(Long.class).optional();
    }

    boolean hasActiveKiosk(long villageId) {
        return jdbc.sql("SELECT COUNT(*) FROM kiosk WHERE village_id = :id AND active").param("id", villageId)
                .query(Integer.class).single() > 0;
    }

    /** Every kiosk's code with its village's id, active or not (for the place import). */
    Map<String, Long> villageIdsByKioskCode() {
        Map<String, Long> kiosks = new HashMap<>();
        jdbc.sql("SELECT code, village_id FROM kiosk").query(rs -> {
            kiosks.put(rs.getString(1), rs.getLong(2));
        });
        return kiosks;
    }

    Optional<KioskPlace> activeKioskPlace(String kioskCode) {
        return jdbc.sql(KIOSK_PLACE + " WHERE k.code = :code AND k.active")
                .param("code", kioskCode)
                .query((rs, n) -> new KioskPlace(rs.getString("kiosk_code"), rs.getString("village_code"),
                        rs.getString("village_name"), rs.getString("cultural_house"), rs.getString("commune_name"),
                        rs.getString("province_name")))
                .optional();
    }

    /** Every kiosk, active or not, by province, commune and village name. */
    List<KioskOverview> kiosks() {
        return jdbc.sql(KIOSK_PLACE + " ORDER BY p.name, c.name, v.name")
                .query((rs, n) -> new KioskOverview(rs.getString("kiosk_code"), rs.getString("cultural_house"),
                        rs.getString("commune_name"), rs.getString("province_name"), rs.getBoolean("active")))
                .list();
    }

    void addEnrolment(long kioskId, String codeHash, long createdBy, LocalDateTime now, LocalDateTime expires) {
        jdbc.sql("""
                        INSERT INTO kiosk_enrolment (kiosk_id, code_hash, created_by, created_at, expires_at)
                        VALUES (:k, :h, :by, :now, :expires)
                        """)
                .param("k", kioskId).param("h", codeHash).param("by", createdBy).param("now", now)
                .param("expires", expires).update();
    }

    /** The code of the active kiosk an unused code, unexpired at {@code now}, would enrol. */
    Optional<String> kioskCodeOfEnrolment(String codeHash, LocalDateTime now) {
        return jdbc.sql("""
                        SELECT k.code FROM kiosk_enrolment e JOIN kiosk k ON k.id = e.kiosk_id
                        WHERE e.code_hash = :h AND e.used_at IS NULL AND e.expires_at > :now AND k.active
                        """)
                .param("h", codeHash).param("now", now).query(String.class).optional();
    }

    /** As {@link #kioskCodeOfEnrolment}, the kiosk's id, the code's row locked until commit. */
    Optional<Long> lockKioskOfEnrolment(String codeHash, LocalDateTime now) {
        return jdbc.sql("""
                        SELECT e.kiosk_id FROM kiosk_enrolment e JOIN kiosk k ON k.id = e.kiosk_id
                        WHERE e.code_hash = :h AND e.used_at IS NULL AND e.expires_at > :now AND k.active FOR UPDATE
                        """)
                .param("h", codeHash).param("now", now).query(Long.class).optional();
    }

    /** Marks the code used; false when another browser used it first (the guarded update). */
    boolean useEnrolment(String codeHash, LocalDateTime now) {
        return jdbc.sql("UPDATE kiosk_enrolment SET used_at = :now WHERE code_hash = :h AND used_at IS NULL")
                .param("now", now).param("h", codeHash).update() == 1;
    }

    /** A new device of the kiosk; its id. */
    long addDevice(long kioskId, String tokenHash, String enrolledVia, LocalDateTime now, String browser) {
        jdbc.sql("""
                        INSERT INTO kiosk_device (kiosk_id, token_hash, enrolled_via, enrolled_at, browser, last_seen_at)
                        VALUES (:k, :h, :via, :now, :browser, :now)
                        """)
                .param("k", kioskId).param("h", tokenHash).param("via", enrolledVia).param("now", now)
                .param("browser", browser).update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    /** The unrevoked device of an active kiosk holding the token. */
    Optional<KioskAccess> accessByToken(String tokenHash) {
        return jdbc.sql(ACCESS + " AND d.token_hash = :h").param("h", tokenHash).query(KioskStore::access).optional();
    }

    /** The device, when unrevoked and its kiosk active. */
    Optional<KioskAccess> access(long deviceId) {
        return jdbc.sql(ACCESS + " AND d.id = :id").param("id", deviceId).query(KioskStore::access).optional();
    }

    void seen(long deviceId, LocalDateTime now) {
        jdbc.sql("UPDATE kiosk_device SET last_seen_at = :now WHERE id = :id").param("now", now).param("id", deviceId).update();
    }

    /** The kiosk's devices, those in use first, newest first. */
    List<KioskDevice> devices(String kioskCode) {
        return jdbc.sql("""
                        SELECT d.*, k.code AS kiosk_code FROM kiosk_device d JOIN kiosk k ON k.id = d.kiosk_id
                        WHERE k.code = :c ORDER BY d.revoked_at IS NOT NULL, d.enrolled_at DESC
                        """)
                .param("c", kioskCode)
                .query((rs, n) -> new KioskDevice(rs.getLong("id"), rs.getString("kiosk_code"), rs.getString("enrolled_via"),
                        rs.getObject("enrolled_at", LocalDateTime.class), rs.getString("browser"),
                        rs.getObject("last_seen_at", LocalDateTime.class), rs.getObject("revoked_at", LocalDateTime.class)))
                .list();
    }

    /** Revokes the device unless it already is. */
    void revoke(long deviceId, long revokedBy, LocalDateTime now) {
        jdbc.sql("UPDATE kiosk_device SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("now", now).param("by", revokedBy).param("id", deviceId).update();
    }

    private static KioskAccess access(ResultSet rs, int row) throws SQLException {
        return new KioskAccess(rs.getLong("device_id"), rs.getLong("kiosk_id"), rs.getString("kiosk_code"),
                rs.getLong("village_id"));
    }
}
