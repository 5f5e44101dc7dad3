package vn.tramso.base.ui;

import java.time.Duration;
import java.util.Optional;
import vn.tramso.base.Localized;

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

    /** The help line and idle times of a kiosk's settings, read without the database (for the outage screen). */
    record HelpLine(Localized contactName, String contactPhone, Duration idleTimeout, Duration idleWarning) {
    }

    /** The kiosk's help line from kiosk-config alone, or empty for an unknown kiosk. */
    Optional<HelpLine> helpLine(String kioskId);
}
