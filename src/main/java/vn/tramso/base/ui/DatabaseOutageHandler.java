package vn.tramso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tramso.base.db.DatabaseOutage;

/**
 * A tap or a save on an open screen that could not reach the database: on a kiosk, the whole
 * screen says so ({@link DatabaseBusyDialog}); on a staff screen, a notification says so and the
 * form keeps what was typed (nothing navigates away). Other errors go to Vaadin's default handler.
 * Screens that fail while opening show {@link DatabaseBusyView}. Each time a person is told counts
 * in {@code tramso.busy_shown{screen=kiosk|staff}}: what an outage cost the people using the app.
 */
@Component
class DatabaseOutageHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageHandler.class);
    private static final ErrorHandler DEFAULT = new DefaultErrorHandler();

    private final MeterRegistry meters;

    DatabaseOutageHandler(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null || !DatabaseOutage.isOutage(event.getThrowable())) {
            DEFAULT.error(event);
            return;
        }
        LOG.warn("An action failed, the database is out: {}", event.getThrowable().toString());
        Location here = ui.getActiveViewLocation();
        boolean kiosk = DatabaseBusy.atKiosk(here);
        meters.counter("tramso.busy_shown", "screen", kiosk ? "kiosk" : "staff").increment();
        if (kiosk) {
            if (ui.getChildren().noneMatch(DatabaseBusyDialog.class::isInstance)) {
                new DatabaseBusyDialog(here).open();
            }
        } else {
            Notification notice = Notification.show(ui.getTranslation("outage.staff"), 10_000, Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notice.addClassName("database-busy-notice");
        }
    }
}
