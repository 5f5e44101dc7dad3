package vn.tramso.guide;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import vn.tramso.base.Localized;

/**
 * Settings of one kiosk, from {@code kiosk-config/kiosks/<id>.yaml}.
 *
 * @param villageCode the code of the village (in the database) whose cultural house holds the kiosk
 * @param guideIds    the guides this kiosk shows, in the order shown
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
        List<DutyHours> dutyHours) {

    public KioskSettings {
        languages = List.copyOf(languages);
        guideIds = List.copyOf(guideIds);
        dutyHours = List.copyOf(dutyHours);
    }

    public boolean onDuty(LocalDateTime now) {
        return dutyHours.stream().anyMatch(d -> d.covers(now));
    }
}
