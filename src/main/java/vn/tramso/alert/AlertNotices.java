package vn.tramso.alert;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tramso.base.KioskAssets;
import vn.tramso.base.cluster.NodeSignals;
import vn.tramso.base.ui.KioskNotices;

/**
 * The alerts as kiosk screens see them: what shows now at a village's kiosk, and a call when that
 * may have changed (an alert published or withdrawn, once committed, on whichever app node: sent as
 * a signal between the nodes, {@link NodeSignals}; or a minute has passed, for alerts that start or
 * expire on their own, which each node's {@link AlertJobs} tells its own kiosks).
 */
@Component
class AlertNotices implements KioskNotices {

    private static final Logger log = LoggerFactory.getLogger(AlertNotices.class);

    /** The signal's subject is always {@link NodeSignals#ALL}: an alert may show in many communes. */
    static final String TOPIC = "alert.notices";

    private final Alerts alerts;
    private final NodeSignals signals;
    private final KioskAssets assets;
    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    AlertNotices(Alerts alerts, NodeSignals signals, KioskAssets assets) {
        this.alerts = alerts;
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

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlertsChanged event) {
        signals.send(TOPIC, NodeSignals.ALL);
    }

    /** This node's open kiosks look again (at a signal; and every minute, as alerts start and expire with the clock). */
    void tell() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A kiosk alert listener failed", e);
            }
        }
    }
}
