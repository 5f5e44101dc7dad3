package vn.tramso.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.tramso.base.Formats;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingKind;

/**
 * One ticket of today's queue as a card: its number and state on top, the resident's name, what
 * they need and when they came, then the ticket's actions as buttons a thumb can hit (full width
 * on a phone). Cards wrap into columns on a wider screen, so nothing scrolls sideways.
 */
class QueueCard extends Div {

    private final Booking booking;
    private final String state;

    QueueCard(Booking booking, List<Component> actions) {
        this.booking = booking;
        this.state = getTranslation(booking.state().labelKey());
        addClassNames("queue-card", "queue-card-" + booking.state().name().toLowerCase().replace('_', '-'));
        Span number = new Span(String.valueOf(booking.ticketNumber()));
        number.addClassName("queue-card-number");
        Span stateLabel = new Span(this.state);
        stateLabel.addClassName("queue-card-state");
        Div head = new Div(number, stateLabel);
        head.addClassName("queue-card-head");
        Span name = new Span(booking.residentName());
        name.addClassName("queue-card-name");
        Span more = new Span(getTranslation(booking.topic().labelKey()) + " · " + when());
        more.addClassName("queue-card-details");
        add(head, name, more);
        if (!actions.isEmpty()) {
            Div row = new Div(actions.toArray(Component[]::new));
            row.addClassName("row-actions");
            add(row);
        }
    }

    /** How it was booked, and when the resident came. */
    private String when() {
        Booking b = booking;
        String booked = b.kind() == BookingKind.APPOINTMENT ? getTranslation("queue.appointment", Formats.TIME.format(b.slotStartsAt()))
                : getTranslation("queue.walk-in");
        return b.checkedInAt() == null ? booked : booked + " · " + getTranslation("queue.arrived", Formats.TIME.format(b.checkedInAt()));
    }

    Booking booking() {
        return booking;
    }

    /** The state as shown on the card. */
    String state() {
        return state;
    }
}
