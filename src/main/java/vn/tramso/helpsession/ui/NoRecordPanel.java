package vn.tramso.helpsession.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import vn.tramso.base.ui.Chips;
import vn.tramso.base.ui.StaffNavigation;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.NoRecordReason;
import vn.tramso.booking.Queues;

/**
 * "No record needed", folded under a session opened from the queue: the booking is finished with
 * a reason instead of a session (the resident left, it was not help with anything digital), and
 * the volunteer goes back to the queue.
 */
class NoRecordPanel extends Details {

    NoRecordPanel(Queues queue, Booking booking) {
        Chips<NoRecordReason> why = Chips.of(getTranslation("session.no-record.why"), NoRecordReason.values(),
                r -> getTranslation(r.labelKey()), false);
        why.addClassName("no-record-reason");
        Button finish = new Button(getTranslation("session.no-record.finish"), e -> why.value().ifPresentOrElse(r -> {
            try {
                queue.finishWithoutRecord(booking.id(), r);
            } catch (BookingRefusedException refused) { // another volunteer finished it meanwhile: said, then back to the queue
                StaffRefusal.notice(refused);
            }
            StaffNavigation.go(StaffNavigation.queue());
        }, () -> Notification.show(getTranslation("session.no-record.choose"), 3000, Notification.Position.MIDDLE)));
        finish.addClassName("no-record-finish");
        setSummaryText(getTranslation("session.no-record"));
        add(new Div(why, finish));
        addClassName("session-no-record");
    }
}
