package vn.tramso.base.security;

/**
 * The HTTP session of a kiosk browser remembers which enrolled device it proved to be (put there by
 * the kiosk gate, read by every kiosk screen).
 */
public final class KioskSessions {

    public static final String DEVICE_ATTRIBUTE = "vn.tramso.kiosk.device";

    private KioskSessions() {
    }
}
