package vn.tramso.usage;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tramso.base.ui.KioskFrame;

/**
 * The live kiosk screens' usage: the visit is a random id kept in the Vaadin session, which the idle
 * reset drops with the HTTP session, so the id dies with the visit and nothing links two visits. Each
 * call stores its event on the server while the screen is drawn or the tap is handled: no extra
 * exchange with the browser. Usage is never worth a resident's screen: a failure to store is logged
 * and the screen goes on.
 */
@Component
public class KioskVisits {

    private static final Logger log = LoggerFactory.getLogger(KioskVisits.class);

    private final KioskUsage usage;

    KioskVisits(KioskUsage usage) {
        this.usage = usage;
    }

    /** The visit's state in the session: its id, its village, and the last guide step it reached. */
    static final class Visit implements Serializable {
        final UUID id = UUID.randomUUID();
        final String kiosk;
        final long villageId;
        String guide;
        Integer step;

        Visit(String kiosk, long villageId) {
            this.kiosk = kiosk;
            this.villageId = villageId;
        }
    }

    /** The resident left the attract screen: a visit starts, unless one is already going on. */
    public void started(KioskFrame kiosk) {
        if (current() == null) {
            record(visit(kiosk), UsageKind.VISIT_STARTED, null, null);
        }
    }

    /** A guide's step is on the screen: its guide opened when the visit was elsewhere, and whether it shows a QR code. */
    public void stepReached(KioskFrame kiosk, String guide, int step, boolean showsQr) {
        Visit visit = visit(kiosk);
        if (!guide.equals(visit.guide)) {
            record(visit, UsageKind.GUIDE_OPENED, guide, step);
        }
        visit.guide = guide;
        visit.step = step;
        record(visit, UsageKind.STEP_REACHED, guide, step);
        if (showsQr) {
            record(visit, UsageKind.QR_SHOWN, guide, step);
        }
    }

    /** Done on the guide's last step: the visit is outside any guide again (a walk-away later is not this guide's). */
    public void finished(KioskFrame kiosk, String guide, int step) {
        Visit visit = visit(kiosk);
        record(visit, UsageKind.GUIDE_FINISHED, guide, step);
        visit.guide = null;
        visit.step = null;
    }

    /** "I need help" from a guide's step. */
    public void helpAsked(KioskFrame kiosk, String guide, int step) {
        record(visit(kiosk), UsageKind.HELP_ASKED, guide, step);
    }

    /** The step's reading started playing ("Nghe"). */
    public void listenPlayed(KioskFrame kiosk, String guide, int step) {
        record(visit(kiosk), UsageKind.LISTEN_PLAYED, guide, step);
    }

    /** The idle reset is wiping the visit: where it was last (a guide's step, or outside any guide). Call before the session goes. */
    public void abandoned() {
        Visit visit = current();
        if (visit != null) {
            record(visit, UsageKind.ABANDONED, visit.guide, visit.step);
        }
    }

    private Visit visit(KioskFrame kiosk) {
        Visit visit = current();
        if (visit == null || !visit.kiosk.equals(kiosk.id())) {
            visit = new Visit(kiosk.id(), kiosk.villageId());
            VaadinSession.getCurrent().setAttribute(Visit.class, visit);
        }
        return visit;
    }

    private static Visit current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getAttribute(Visit.class);
    }

    private void record(Visit visit, UsageKind kind, String guide, Integer step) {
        try {
            usage.record(visit.kiosk, visit.villageId, visit.id, kind, guide, step);
        } catch (RuntimeException e) {
            log.warn("Kiosk usage not stored ({} at {}): {}", kind, visit.kiosk, e.toString());
        }
    }
}
