package vn.tramso.alert;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Alerts read aloud at the kiosks: a resident's "Nghe" on the alerts screen, and the attract screen
 * of a kiosk with {@code read_alerts: true} reading each new alert once. Which kiosk read which alert
 * is kept in the database ({@code alert_reading}), so an alert is read once per kiosk whatever the
 * node, browser or reload; only alerts whose audio is made count as read.
 */
@Component
class AlertReadings {

    private final Alerts alerts;
    private final AlertVoices voices;
    private final AlertStore store;
    private final Clock clock;

    AlertReadings(Alerts alerts, AlertVoices voices, AlertStore store, Clock clock) {
        this.alerts = alerts;
        this.voices = voices;
        this.store = store;
        this.clock = clock;
    }

    /** The audio of the alert in the kiosk's voice, once made. */
    Optional<String> audio(long alertId, String kioskId) {
        return voices.kioskReading(alertId, kioskId);
    }

    /**
     * The audio of the alerts showing at the village that the kiosk has not read yet, newest first,
     * each recorded as read now (the one screen that records it reads it).
     */
    List<String> readOnce(String kioskId, long villageId) {
        List<ScamAlert> showing = alerts.showing(villageId);
        Set<Long> read = store.readAt(kioskId, showing.stream().map(ScamAlert::id).toList());
        List<String> toRead = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        for (ScamAlert alert : showing) {
            if (!read.contains(alert.id())) {
                voices.kioskReading(alert.id(), kioskId).filter(audio -> store.markRead(alert.id(), kioskId, now)).ifPresent(toRead::add);
            }
        }
        return toRead;
    }

    /** Asks for the alerts' audio to be made again where missing (background). */
    void refresh() {
        voices.refresh();
    }
}
