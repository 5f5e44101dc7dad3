package vn.tramso.usage.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.tramso.base.ui.KioskVisitWiped;
import vn.tramso.usage.KioskVisits;

/**
 * Notes where a kiosk visit was left when the idle reset wipes it (base.ui's {@code IdleGuard} fires
 * {@link KioskVisitWiped}, knowing nothing of usage): on every UI, since a visit can be left on any
 * kiosk screen (a guide's step, booking help, the home screen).
 */
@Component
class UsageOnKioskScreens implements VaadinServiceInitListener {

    private final KioskVisits visits;

    UsageOnKioskScreens(KioskVisits visits) {
        this.visits = visits;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> ComponentUtil.addListener(init.getUI(), KioskVisitWiped.class,
                wiped -> visits.abandoned()));
    }
}
