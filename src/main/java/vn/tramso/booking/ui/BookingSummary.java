package vn.tramso.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import vn.tramso.base.ui.NumberPad;
import vn.tramso.place.Village;

/** What the resident is about to book, line by line, on the confirm screen: the topic, when, where, the name and the phone. */
class BookingSummary extends Div {

    BookingSummary(BookingDraft draft, Village village, Locale locale) {
        addClassName("booking-summary");
        add(line("book.summary.topic", getTranslation(draft.topic.labelKey())));
        add(line("book.summary.when", draft.walkIn() ? getTranslation("book.walk-in")
                : Dates.hours(draft.slot) + ", " + Dates.day(draft.slot.date(), locale)));
        add(line("book.summary.where", village.culturalHouse()));
        add(line("book.summary.name", draft.name));
        if (!draft.walkIn()) {
            add(line("book.summary.phone", NumberPad.phone(draft.phone)));
        }
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("summary-label");
        Span text = new Span(value);
        text.addClassName("summary-value");
        Div line = new Div(label, text);
        line.addClassName("summary-line");
        return line;
    }
}
