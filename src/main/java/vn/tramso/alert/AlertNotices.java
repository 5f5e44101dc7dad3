package vn.tramso.alert;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tramso.base.KioskAssets;
import vn.tramso.base.cluster.NodeSignals;
import vn.tramso.base.ui.KioskNotices;

/**
 * The alerts as kiosk screens see them: what shows now at a village's kiosk, and a call when that
 * may have changed (an alert published or withdrawn, once committed, on whichever app node: sent as
 * a signal between the nodes, {@link NodeSignals}; or a minute has passed, for alerts that start or
 * expire on their own, which each node's {@link AlertJobs} tells its own kiosks). Each such call
 * also asks for the alerts' audio ({@link AlertVoices}); open kiosks are told again when new audio is made.
 */
@Component
class AlertNotices implements KioskNotices {

    private static final Logger log = LoggerFactory.getLogger(AlertNotices.class);

    /** The signal's subject is always {@link NodeSignals#ALL}: an alert may show in many communes. */
    static final String TOPIC = "alert.notices";

    private final Alerts alerts;
    private final NodeSignals signals;
    private final KioskAssets assets;
    private final AlertReadings readings;
    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    AlertNotices(Alerts alerts, NodeSignals signals, KioskAssets assets, AlertReadings readings) {
        this.alerts = alerts;
        this.readings = readings;
        this.signals = signals;
        this.assets = assets;
        signals.subscribe(TOPIC, subject -> tell());
    }

    @Override
    public List<Notice> current(long villageId) {
        return alerts.showing(villageId).stream().map(a -> new Notice(a.id(), a.title(), a.text(),
                a.pictureSvg() == null ? null : assets.svg(a.pictureSvg()))).toList();
    }

    @Override
    public Runnable subscribe(Runnable onChange) {
        listeners.add(onChange);
        return () -> listeners.remove(onChange);
    }

    @Override
    public Optional<String> audio(long noticeId, String kioskId) {
        return readings.audio(noticeId, kioskId);
    }

    @Override
    public List<Reading> unread(String kioskId, long villageId) {
        return readings.unread(kioskId, villageId);
    }

    @Override
    public boolean played(long noticeId, String kioskId) {
        return readings.played(noticeId, kioskId);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlertsChanged event) {
        signals.send(TOPIC, NodeSignals.ALL);
    }

    /** This node's open kiosks look again (at a signal; and every minute, as alerts start and expire with the clock). */
    void tell() {
        readings.refresh();
        tellScreens();
    }

    /** New audio was made on this node: its open kiosks look again (a "Nghe" button, an attract screen's reading). */
    @EventListener
    void on(AlertVoicesMade event) {
        tellScreens();
    }

    private void tellScreens() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A kiosk alert listener failed", e);
            }
        }
    }
}
