package vn.tramso.base.ui;

/**
 * Where kiosk screens get their frame from: the kiosk's settings, for a browser that is that
 * kiosk's enrolled device. Implemented by the feature that owns kiosk settings.
 */
public interface KioskFrames {

    /** What a browser asking for a kiosk's screen may see. */
    sealed interface Opened {
    }

    /** The browser is not an enrolled, unrevoked device of this (active) kiosk. */
    record NotRegistered() implements Opened {
    }

    /** The browser is this kiosk's device, but kiosk-config has no settings for the kiosk. */
    record Unconfigured() implements Opened {
    }

    record Ready(KioskFrame frame) implements Opened {
    }

    /**
     * @param kioskId  the kiosk code in the address
     * @param deviceId the enrolled device the browser's session proved to be, or {@code null}
     */
    Opened open(String kioskId, Long deviceId);
}
