package vn.tramso.alert;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tramso.base.ui.KioskNotices;

/**
 * The alerts as kiosk screens see them: what shows now at a village's kiosk, and a call when that
 * may have changed (an alert published or withdrawn, once committed; or a minute has passed, for
 * alerts that start or expire on their own).
 */
@Component
class AlertNotices implements KioskNotices {

    private static final Logger log = LoggerFactory.getLogger(AlertNotices.class);

    private final Alerts alerts;
    private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();

    AlertNotices(Alerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public List<Notice> current(long villageId) {
        return alerts.showing(villageId).stream().map(a -> new Notice(a.id(), a.title(), a.text(), a.pictureSvg())).toList();
    }

    @Override
    public Runnable subscribe(Runnable onChange) {
        listeners.add(onChange);
        return () -> listeners.remove(onChange);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AlertsChanged event) {
        tell();
    }

    /** Alerts start and expire with the clock: open kiosks look again every minute. */
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
