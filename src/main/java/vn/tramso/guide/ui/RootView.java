package vn.tramso.guide.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.guide.GuideCatalog;

/** "/" opens the default kiosk, or a signed-in user's own area. */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
public class RootView extends Div implements BeforeEnterObserver {

    private final GuideCatalog catalog;
    private final AuthenticationContext authentication;

    RootView(GuideCatalog catalog, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.isAuthenticated() ? "staff" : KioskNavigation.attract(catalog.defaultKiosk()));
    }
}
