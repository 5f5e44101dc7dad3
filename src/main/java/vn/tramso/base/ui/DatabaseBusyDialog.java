package vn.tramso.base.ui;

import com.vaadin.flow.router.Location;

/** {@link DatabaseBusy} over the whole kiosk screen, when a tap on a screen already open could not reach the database. */
class DatabaseBusyDialog extends KioskDialog {

    DatabaseBusyDialog(Location here) {
        super("database-busy-dialog", "outage.dialog");
        setModal(true);
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setWidth("100vw");
        setHeight("100vh");
        content(new DatabaseBusy(here, this::close));
    }
}
