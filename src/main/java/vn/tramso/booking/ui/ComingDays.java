package vn.tramso.booking.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.tramso.base.Formats;
import vn.tramso.booking.Booking;

/**
 * Below today's queue, folded: the appointments of the coming days, one line each with when, the
 * number, the name, the topic and how it was booked, so a volunteer knows who is coming.
 */
class ComingDays extends Details {

    private final Div lines = new Div();

    ComingDays() {
        lines.addClassName("coming-list");
        setSummaryText(getTranslation("queue.coming"));
        add(lines);
        addClassName("coming-days");
    }

    void show(List<Booking> later) {
        lines.removeAll();
        later.forEach(b -> lines.add(line(b)));
        setSummaryText(getTranslation("queue.coming", later.size()));
    }

    private Div line(Booking b) {
        Span when = new Span(Formats.DAY_MONTH.format(b.serviceDate()) + " " + Formats.TIME.format(b.slotStartsAt()));
        when.addClassName("coming-when");
        Div line = new Div(when, new Span(" · " + getTranslation("queue.number", b.ticketNumber()) + " · " + b.residentName() + " · "
                + getTranslation(b.topic().labelKey()) + " · " + getTranslation(b.channel().labelKey())));
        line.addClassName("coming-item");
        return line;
    }
}
