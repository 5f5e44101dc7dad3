package vn.tramso.guide;

import org.springframework.stereotype.Component;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.StaffNavigation;

/**
 * Where "/" leads: a signed-in staff member's own area, anyone else the default kiosk. "/" is
 * reached two ways, and both ask here (decision 012): a page load, which {@link RootRedirect}
 * answers with an HTTP redirect so that the kiosk's address is loaded as a page of its own (where
 * place.KioskGate admits, and in the demo run enrols, the browser), and a navigation inside the app
 * (the not-found screen's "start"), which no filter sees and guide.ui.RootView forwards.
 */
@Component
public class RootLocation {

    private final String defaultKiosk;

    RootLocation(KioskConfigProperties kiosks) {
        this.defaultKiosk = kiosks.defaultKiosk();
    }

    /** The location "/" stands for, for whoever asks now. */
    public String forCurrentUser() {
        return StaffUser.current().isPresent() ? StaffNavigation.home() : KioskNavigation.attract(defaultKiosk);
    }
}
