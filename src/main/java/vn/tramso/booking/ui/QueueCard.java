package vn.tramso.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.tramso.booking.Booking;

/**
 * One ticket of today's queue as a card: its number and state on top, the resident's name, what
 * they need and when they came, then the ticket's actions as buttons a thumb can hit (full width
 * on a phone). Cards wrap into columns on a wider screen, so nothing scrolls sideways.
 */
class QueueCard extends Div {

    private final Booking booking;
    private final String state;

    QueueCard(Booking booking, String state, String details, List<Component> actions) {
        this.booking = booking;
        this.state = state;
        addClassNames("queue-card", "queue-card-" + booking.state().name().toLowerCase().replace('_', '-'));
        Span number = new Span(String.valueOf(booking.ticketNumber()));
        number.addClassName("queue-card-number");
        Span stateLabel = new Span(state);
        stateLabel.addClassName("queue-card-state");
        Div head = new Div(number, stateLabel);
        head.addClassName("queue-card-head");
        Span name = new Span(booking.residentName());
        name.addClassName("queue-card-name");
        Span more = new Span(details);
        more.addClassName("queue-card-details");
        add(head, name, more);
        if (!actions.isEmpty()) {
            Div row = new Div(actions.toArray(Component[]::new));
            row.addClassName("row-actions");
            add(row);
        }
    }

    Booking booking() {
        return booking;
    }

    /** The state as shown on the card. */
    String state() {
        return state;
    }
}
