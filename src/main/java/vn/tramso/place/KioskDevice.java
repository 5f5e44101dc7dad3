package vn.tramso.place;

import java.time.LocalDateTime;

/** A browser enrolled as a kiosk, as the admin sees it. */
public record KioskDevice(long id, String kioskCode, String enrolledVia, LocalDateTime enrolledAt, String browser,
                          LocalDateTime lastSeenAt, LocalDateTime revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
