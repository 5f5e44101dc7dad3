package vn.tramso.base.ui;

import com.vaadin.flow.router.Location;

/**
 * {@link DatabaseBusy} over the whole kiosk screen, when a tap on a screen already open could not
 * reach the database. "Thử lại" closes it: the resident is on the same step with what they entered
 * (a screen is replaced only after its data is read), and the same tap again books with the same
 * idempotency key, so a booking that was saved after all is not made twice. Opening the screen's
 * address again would start its flow over.
 */
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
