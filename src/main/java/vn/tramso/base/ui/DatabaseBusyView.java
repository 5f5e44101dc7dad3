package vn.tramso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramso.base.db.DatabaseOutage;

/**
 * A screen that could not open because the database is out: on a kiosk, {@link DatabaseBusy}
 * in full with the kiosk's idle reset; elsewhere the same words. "Thử lại" opens the same address again. Any other error keeps Vaadin's
 * own error screen.
 */
@AnonymousAllowed
public class DatabaseBusyView extends InternalServerError implements HasDynamicTitle {

    /** Marks the app's own "system busy" answer, which kiosk-sw.js lets through (a proxy's 502/503/504 it does not). */
    static final String BUSY_HEADER = "X-Tramso-Busy";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBusyView.class);

    private boolean outage;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        outage = DatabaseOutage.isOutage(parameter.getCaughtException());
        if (!outage) {
            return super.setErrorParameter(event, parameter);
        }
        LOG.warn("A screen could not open, the database is out: {}", parameter.getCaughtException().toString());
        getElement().removeAllChildren();
        getElement().getClassList().add("kiosk");
        Location here = event.getLocation();
        Main body = new Main(new DatabaseBusy(here, () -> UI.getCurrent().navigate(here.getPath(), here.getQueryParameters())));
        body.addClassName("kiosk-body");
        getElement().appendChild(body.getElement());
        DatabaseBusy.idleGuard(here).ifPresent(guard -> getElement().appendChild(guard.getElement()));
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.setHeader(BUSY_HEADER, "database"); // a page load: the kiosk's service worker shows this, not the offline guides
        }
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return outage ? getTranslation("outage.title") + " – " + getTranslation("app.name") : getTranslation("app.name");
    }
}
