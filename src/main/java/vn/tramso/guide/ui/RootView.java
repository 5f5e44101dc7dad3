package vn.tramso.guide.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tramso.guide.RootLocation;

/**
 * "/" reached inside the app (the not-found screen's "start"): forwards where {@link RootLocation}
 * says, the default kiosk or a signed-in user's own area. A page load of "/" never gets here:
 * guide.RootRedirect answers it with a redirect.
 */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
class RootView extends Div implements BeforeEnterObserver {

    private final RootLocation root;

    RootView(RootLocation root) {
        this.root = root;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(root.forCurrentUser());
    }
}
