package vn.tramso.place.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import vn.tramso.base.security.KioskSessions;

/**
 * {@code tramso.kiosk.screens.open}: the kiosk screens open now, counted in memory on this node: a
 * Vaadin UI opened in an enrolled kiosk browser's session (place.KioskGate put its device there), until
 * Vaadin closes it (the tab went away and stopped its heartbeats, or its session ended).
 */
@Component
class OpenKioskScreens implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    OpenKioskScreens(MeterRegistry registry) {
        Gauge.builder("tramso.kiosk.screens.open", open, AtomicInteger::get)
                .description("Kiosk screens open now on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            WrappedSession session = ui.getSession().getSession();
            if (session != null && session.getAttribute(KioskSessions.DEVICE_ATTRIBUTE) != null) {
                open.incrementAndGet();
                AtomicBoolean closed = new AtomicBoolean();
                ui.addDetachListener(detach -> {
                    if (closed.compareAndSet(false, true)) {
                        open.decrementAndGet();
                    }
                });
            }
        });
    }
}
