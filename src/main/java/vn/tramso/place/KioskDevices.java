package vn.tramso.place;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.Hashes;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;

/**
 * Which browsers are kiosks. An admin issues a one-time enrolment code for a kiosk; the browser
 * that opens it gets a device token (a cookie), which every kiosk page and every booking from
 * a kiosk checks. Only hashes of codes and tokens are stored. Revoking a device, or making its
 * kiosk inactive, shuts that browser out at its next page or booking.
 */
@Service
@EnableConfigurationProperties(EnrolmentSettings.class)
public class KioskDevices {

    /** No 0/O, 1/I/L: read aloud or typed on a kiosk without mistakes. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 8;
    private static final String ACCESS = """
            SELECT d.id AS device_id, k.id AS kiosk_id, k.code AS kiosk_code, k.village_id
            FROM kiosk_device d JOIN kiosk k ON k.id = d.kiosk_id
            WHERE d.revoked_at IS NULL AND k.active
            """;

    private final JdbcClient jdbc;
    private final EnrolmentSettings settings;
    private final Clock clock;

    KioskDevices(JdbcClient jdbc, EnrolmentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new one-time code for the kiosk; the code itself is never stored. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public EnrolmentCode issueCode(String kioskCode) {
        long kioskId = kioskId(kioskCode).orElseThrow(() -> new IllegalArgumentException("No kiosk " + kioskCode));
        String code = Hashes.randomText(CODE_ALPHABET, CODE_LENGTH);
        LocalDateTime expires = now().plus(settings.codeValidity());
        jdbc.sql("""
                        INSERT INTO kiosk_enrolment (kiosk_id, code_hash, created_by, created_at, expires_at)
                        VALUES (:k, :h, :by, :now, :expires)
                        """)
                .param("k", kioskId).param("h", Hashes.sha256(code)).param("by", StaffUser.require().id()).param("now", now())
                .param("expires", expires).update();
        return new EnrolmentCode(code.substring(0, 4) + "-" + code.substring(4), kioskCode, expires);
    }

    /** The kiosk an unused, unexpired code would enrol, without using it (for the enrolment page). */
    public Optional<String> kioskOfCode(String code) {
        return normalise(code).flatMap(c -> jdbc.sql("""
                        SELECT k.code FROM kiosk_enrolment e JOIN kiosk k ON k.id = e.kiosk_id
                        WHERE e.code_hash = :h AND e.used_at IS NULL AND e.expires_at > :now AND k.active
                        """)
                .param("h", Hashes.sha256(c)).param("now", now()).query(String.class).optional());
    }

    /**
     * Uses a code: the browser becomes a device of the code's kiosk. A code works once; a second
     * browser racing with the same code loses the guarded update.
     *
     * @param browser the browser's own description (User-Agent), to tell devices apart in the list
     */
    @Transactional
    public Optional<Enrolled> enrol(String code, String browser) {
        Optional<String> normal = normalise(code);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        String hash = Hashes.sha256(normal.get());
        Optional<Long> kioskId = jdbc.sql("""
                        SELECT e.kiosk_id FROM kiosk_enrolment e JOIN kiosk k ON k.id = e.kiosk_id
                        WHERE e.code_hash = :h AND e.used_at IS NULL AND e.expires_at > :now AND k.active FOR UPDATE
                        """)
                .param("h", hash).param("now", now()).query(Long.class).optional();
        if (kioskId.isEmpty()) {
            return Optional.empty();
        }
        int used = jdbc.sql("UPDATE kiosk_enrolment SET used_at = :now WHERE code_hash = :h AND used_at IS NULL")
                .param("now", now()).param("h", hash).update();
        return used == 1 ? Optional.of(newDevice(kioskId.get(), "CODE", browser)) : Optional.empty();
    }

    /**
     * The demo run's shortcut: a browser on this machine becomes a device of the kiosk it opens,
     * without a code. Only when {@link EnrolmentSettings#localBrowsers()} is on.
     */
    @Transactional
    Optional<Enrolled> enrolLocal(String kioskCode, String browser) {
        if (!settings.localBrowsers()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM kiosk WHERE code = :c AND active").param("c", kioskCode).query(Long.class).optional()
                .map(kioskId -> newDevice(kioskId, "LOCAL_DEMO", browser));
    }

    private Enrolled newDevice(long kioskId, String via, String browser) {
        String token = Hashes.randomToken(32);
        jdbc.sql("""
                        INSERT INTO kiosk_device (kiosk_id, token_hash, enrolled_via, enrolled_at, browser, last_seen_at)
                        VALUES (:k, :h, :via, :now, :browser, :now)
                        """)
                .param("k", kioskId).param("h", Hashes.sha256(token)).param("via", via).param("now", now())
                .param("browser", browser == null ? null : browser.substring(0, Math.min(browser.length(), 160)))
                .update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        return new Enrolled(token, access(id).orElseThrow());
    }

    /** The device holding this token, if it may still act as its kiosk; notes that it was seen. */
    @Transactional
    public Optional<KioskAccess> byToken(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<KioskAccess> access = jdbc.sql(ACCESS + " AND d.token_hash = :h").param("h", Hashes.sha256(token))
                .query(KioskDevices::access).optional();
        access.ifPresent(a -> jdbc.sql("UPDATE kiosk_device SET last_seen_at = :now WHERE id = :id")
                .param("now", now()).param("id", a.deviceId()).update());
        return access;
    }

    /** The device, if it may still act as its kiosk. */
    public Optional<KioskAccess> access(long deviceId) {
        return jdbc.sql(ACCESS + " AND d.id = :id").param("id", deviceId).query(KioskDevices::access).optional();
    }

    /** The device, if it may still act as the kiosk {@code kioskCode} (a browser enrolled for one kiosk opens no other). */
    public Optional<KioskAccess> access(Long deviceId, String kioskCode) {
        return deviceId == null ? Optional.empty() : access(deviceId).filter(a -> a.kioskCode().equals(kioskCode));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<KioskDevice> devices(String kioskCode) {
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

    /** Shuts the device out: its next page or booking is refused. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void revoke(long deviceId) {
        jdbc.sql("UPDATE kiosk_device SET revoked_at = :now, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("now", now()).param("by", StaffUser.require().id()).param("id", deviceId).update();
    }

    private Optional<Long> kioskId(String kioskCode) {
        return jdbc.sql("SELECT id FROM kiosk WHERE code = :c").param("c", kioskCode).query(Long.class).optional();
    }

    /** A code as typed: any case, with or without the dash or spaces. */
    static Optional<String> normalise(String code) {
        if (code == null || code.length() > 20) {
            return Optional.empty();
        }
        String c = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        boolean ok = c.length() == CODE_LENGTH && c.chars().allMatch(ch -> CODE_ALPHABET.indexOf(ch) >= 0);
        return ok ? Optional.of(c) : Optional.empty();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static KioskAccess access(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new KioskAccess(rs.getLong("device_id"), rs.getLong("kiosk_id"), rs.getString("kiosk_code"),
                rs.getLong("village_id"));
    }

    /** A browser just enrolled: the token for its cookie (never stored) and what it may do. */
    public record Enrolled(String token, KioskAccess access) {
    }
}
