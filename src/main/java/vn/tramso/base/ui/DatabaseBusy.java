package vn.tramso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import vn.tramso.base.security.KioskSessions;

/**
 * What a resident sees at a kiosk whose tap could not reach the database: the system is busy,
 * what they did was not saved, wait a moment and try again or call the team's number, and a large
 * "Thử lại" that brings them back where they were.
 */
class DatabaseBusy extends Div {

    /** @param retry what "Thử lại" does */
    DatabaseBusy(Location here, Runnable retry) {
        addClassName("database-busy");
        add(new KioskMessage(getTranslation("outage.title"), getTranslation("outage.text")));
        helpLine(here).ifPresent(line -> {
            Paragraph call = new Paragraph(getTranslation("outage.call",
                    line.contactName().in(UI.getCurrent().getLocale()), line.contactPhone()));
            call.addClassName("outage-call");
            add(call);
        });
        Button again = new Button(getTranslation("outage.retry"), e -> retry.run());
        again.addClassNames("kiosk-button", "primary", "outage-retry");
        add(again);
    }

    /** Whether the location is one of a kiosk's screens ({@code kiosk/<id>...}). */
    static boolean atKiosk(Location location) {
        return location.getSegments().size() >= 2 && "kiosk".equals(location.getFirstSegment());
    }

    /** The kiosk's help line from kiosk-config (no database), for an enrolled kiosk browser only. */
    static Optional<KioskFrames.HelpLine> helpLine(Location here) {
        VaadinSession session = VaadinSession.getCurrent();
        if (!atKiosk(here) || session == null || session.getSession() == null
                || session.getSession().getAttribute(KioskSessions.DEVICE_ATTRIBUTE) == null) {
            return Optional.empty();
        }
        KioskFrames frames = VaadinService.getCurrent().getInstantiator().getOrCreate(KioskFrames.class);
        return frames.helpLine(here.getSegments().get(1));
    }

    /** The kiosk's idle reset for the outage screen, so a resident who walks away still leaves a clean kiosk. */
    static Optional<IdleGuard> idleGuard(Location here) {
        return helpLine(here).map(line -> new IdleGuard(here.getSegments().get(1), line.idleTimeout(), line.idleWarning()));
    }
}
