package vn.tramso.base.ui;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import vn.tramso.base.Localized;

/**
 * What the frame of a kiosk screen shows, for one enrolled kiosk browser: the cultural house's
 * name, the languages offered, the help line, and how long the screen may sit idle.
 *
 * @param id        the kiosk's code, as in its address {@code /kiosk/<id>}
 * @param villageId the village whose cultural house holds the kiosk
 * @param deviceId  the enrolled browser showing the screen
 */
public record KioskFrame(String id, long villageId, long deviceId, Localized name, Duration idleTimeout,
                         Duration idleWarning, List<Locale> languages, Localized contactName, String contactPhone) {

    public KioskFrame {
        languages = List.copyOf(languages);
    }
}
