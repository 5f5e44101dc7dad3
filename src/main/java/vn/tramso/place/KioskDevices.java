package vn.tramso.place;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

    private final KioskStore store;
    private final EnrolmentSettings settings;
    private final Clock clock;

    KioskDevices(KioskStore store, EnrolmentSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** A new one-time code for the kiosk; the code itself is never stored. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public EnrolmentCode issueCode(String kioskCode) {
        long kioskId = store.kioskId(kioskCode).orElseThrow(() -> new IllegalArgumentException("No kiosk " + kioskCode));
        String code = Hashes.randomText(CODE_ALPHABET, CODE_LENGTH);
        LocalDateTime expires = now().plus(settings.codeValidity());
        store.addEnrolment(kioskId, Hashes.sha256(code), StaffUser.require().id(), now(), expires);
        return new EnrolmentCode(code.substring(0, 4) + "-" + code.substring(4), kioskCode, expires);
    }

    /** The kiosk an unused, unexpired code would enrol, without using it (for the enrolment page). */
    public Optional<String> kioskOfCode(String code) {
        return normalise(code).flatMap(c -> store.kioskCodeOfEnrolment(Hashes.sha256(c), now()));
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
        Optional<Long> kioskId = store.lockKioskOfEnrolment(hash, now());
        if (kioskId.isEmpty()) {
            return Optional.empty();
        }
        return store.useEnrolment(hash, now()) ? Optional.of(newDevice(kioskId.get(), "CODE", browser)) : Optional.empty();
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
        return store.activeKioskId(kioskCode).map(kioskId -> newDevice(kioskId, "LOCAL_DEMO", browser));
    }

    private Enrolled newDevice(long kioskId, String via, String browser) {
        String token = Hashes.randomToken(32);
        long id = store.addDevice(kioskId, Hashes.sha256(token), via, now(),
                browser == null ? null : browser.substring(0, Math.min(browser.length(), 160)));
        return new Enrolled(token, access(id).orElseThrow());
    }

    /** The device holding this token, if it may still act as its kiosk; notes that it was seen. */
    @Transactional
    public Optional<KioskAccess> byToken(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<KioskAccess> access = store.accessByToken(Hashes.sha256(token));
        access.ifPresent(a -> store.seen(a.deviceId(), now()));
        return access;
    }

    /** The device, if it may still act as its kiosk. */
    public Optional<KioskAccess> access(long deviceId) {
        return store.access(deviceId);
    }

    /** The device, if it may still act as the kiosk {@code kioskCode} (a browser enrolled for one kiosk opens no other). */
    public Optional<KioskAccess> access(Long deviceId, String kioskCode) {
        return deviceId == null ? Optional.empty() : access(deviceId).filter(a -> a.kioskCode().equals(kioskCode));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<KioskDevice> devices(String kioskCode) {
        return store.devices(kioskCode);
    }

    /** Shuts the device out: its next page or booking is refused. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void revoke(long deviceId) {
        store.revoke(deviceId, StaffUser.require().id(), now());
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

    /** A browser just enrolled: the token for its cookie (never stored) and what it may do. */
    public record Enrolled(String token, KioskAccess access) {
    }
}
