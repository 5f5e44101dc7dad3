package vn.tramso.alert;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tramso.base.ui.KioskNotices;

/**
 * Alerts read aloud at the kiosks: a resident's "Nghe" on the alerts screen, and the attract screen
 * of a kiosk with {@code read_alerts: true} reading each new alert once. Which kiosk read which alert
 * is kept in the database ({@code alert_reading}), so an alert is read once per kiosk whatever the
 * node, browser or reload. An alert counts as read only once its audio really started playing at the
 * kiosk ({@link #played}, told by the screen): one the browser could not play (autoplay refused, a file
 * missing, a touch first) is offered again at the next look. What the attract screens ask every minute
 * is answered from {@link UnreadAlerts}, which asks the database once per village per minute.
 */
@Component
class AlertReadings {

    private final AlertVoices voices;
    private final AlertStore store;
    private final Clock clock;
    private final UnreadAlerts unread;

    AlertReadings(Alerts alerts, AlertVoices voices, AlertStore store, Clock clock) {
        this.voices = voices;
        this.store = store;
        this.clock = clock;
        this.unread = new UnreadAlerts(alerts::showing, store::readAt, System::nanoTime);
    }

    /** The audio of the alert in the kiosk's voice, once made. */
    Optional<String> audio(long alertId, String kioskId) {
        return voices.kioskReading(alertId, kioskId);
    }

    /** The alerts showing at the village that the kiosk has not read yet and whose audio is made, newest first. Records nothing. */
    List<KioskNotices.Reading> unread(String kioskId, long villageId) {
        List<KioskNotices.Reading> toRead = new ArrayList<>();
        for (ScamAlert alert : unread.of(kioskId, villageId, a -> voices.kioskReading(a.id(), kioskId).isPresent())) {
            voices.kioskReading(alert.id(), kioskId).ifPresent(audio -> toRead.add(new KioskNotices.Reading(alert.id(), audio)));
        }
        return toRead;
    }

    /**
     * Records that the alert's reading started playing at the kiosk; false when it was recorded already
     * (another screen of the kiosk, on this node or another: the primary key settles it).
     */
    boolean played(long alertId, String kioskId) {
        boolean first = store.markRead(alertId, kioskId, LocalDateTime.now(clock).withNano(0));
        unread.read(kioskId, alertId);
        return first;
    }

    /** The alerts may have changed (a minute passed, or one was published or withdrawn): look again, and make missing audio (background). */
    void refresh() {
        unread.forget();
        voices.refresh();
    }
}
