package vn.tramso.base.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * Fired on the kiosk's UI by the idle reset ({@link IdleGuard}) just before it drops the session:
 * the last moment anything kept for the visit can be read. Base knows no feature; a feature that
 * cares (usage: where the visit was left) listens on every UI (docs/decisions/011).
 */
public class KioskVisitWiped extends ComponentEvent<UI> {

    private final String kiosk;

    public KioskVisitWiped(UI ui, String kiosk) {
        super(ui, false);
        this.kiosk = kiosk;
    }

    /** The kiosk's code. */
    public String kiosk() {
        return kiosk;
    }
}
