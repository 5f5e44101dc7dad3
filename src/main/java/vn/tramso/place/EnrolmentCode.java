package vn.tramso.place;

import java.time.LocalDateTime;

/**
 * A one-time code that enrols one browser as the kiosk: shown to the admin once (only its hash
 * is stored), typed or scanned on the kiosk before it expires.
 */
public record EnrolmentCode(String code, String kioskCode, LocalDateTime expiresAt) {

    /** The page the kiosk's browser opens, under the server's address. */
    public String path() {
        return "/enrol/" + code;
    }
}
