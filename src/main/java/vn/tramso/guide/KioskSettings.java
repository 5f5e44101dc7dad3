package vn.tramso.guide;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import vn.tramso.base.Localized;

/**
 * Settings of one kiosk, from {@code kiosk-config/kiosks/<id>.yaml}.
 *
 * @param villageCode the code of the village (in the database) whose cultural house holds the kiosk
 * @param guideIds    the guides this kiosk shows, in the order shown
 * @param voice       the espeak-ng voice that reads the steps aloud: {@code vi} (northern, the default),
 *                    {@code vi-vn-x-central} or {@code vi-vn-x-south}
 * @param readAloud   whether each step is read aloud as it opens, without a tap (the kiosk's Chromium needs
 *                    {@code --autoplay-policy=no-user-gesture-required}; README "Voice")
 * @param readAlerts  whether the attract screen reads a new scam alert aloud, once per alert (issue 24;
 *                    {@code read_alerts}, default false)
 */
public record KioskSettings(
        String id,
        String villageCode,
        Localized name,
        Duration idleTimeout,
        Duration idleWarning,
        List<Locale> languages,
        List<String> guideIds,
        Localized contactName,
        String contactPhone,
        String voice,
        boolean readAloud,
        boolean readAlerts) {

    public KioskSettings {
        languages = List.copyOf(languages);
        guideIds = List.copyOf(guideIds);
    }
}
