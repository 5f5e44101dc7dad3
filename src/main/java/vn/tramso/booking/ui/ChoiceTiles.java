package vn.tramso.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.tramso.base.Topic;
import vn.tramso.booking.Slot;

/** The large choice tiles of the booking screens: a topic, a day with free places, a time on that day, or any choice. */
final class ChoiceTiles {

    /** Days offered at once: more would not fit one screen at a readable size. */
    static final int MAX_DAYS = 6;

    private ChoiceTiles() {
    }

    static Div days(List<Slot> upcoming, Function<LocalDate, String> dayName, Consumer<LocalDate> onDay) {
        Map<LocalDate, Integer> free = new LinkedHashMap<>();
        upcoming.forEach(s -> free.merge(s.date(), s.free(), Integer::sum));
        Div days = new Div();
        days.addClassNames("choice-tiles", "day-choices");
        free.entrySet().stream().filter(e -> e.getValue() > 0).limit(MAX_DAYS).forEach(e -> {
            Button day = tile(dayName.apply(e.getKey()), days.getTranslation("book.places-free", e.getValue()),
                    "day-choice");
            day.addClickListener(click -> onDay.accept(e.getKey()));
            days.add(day);
        });
        return days;
    }

    static Div times(List<Slot> slots, Consumer<Slot> onSlot) {
        Div times = new Div();
        times.addClassNames("choice-tiles", "time-choices");
        for (Slot slot : slots) {
            Button time = tile(Dates.hours(slot), slot.isFull() ? times.getTranslation("book.full")
                    : times.getTranslation("book.places-free", slot.free()), "time-choice");
            time.setEnabled(!slot.isFull());
            time.addClickListener(click -> onSlot.accept(slot));
            times.add(time);
        }
        return times;
    }

    /** A tile per topic the kiosk's guides cover, "other" last. */
    static Div topics(List<Topic> topics, Consumer<Topic> onTopic) {
        Div tiles = new Div();
        tiles.addClassName("choice-tiles");
        topics.forEach(topic -> {
            Button tile = tile(tiles.getTranslation(topic.labelKey()), tiles.getTranslation(topic.descriptionKey()), "topic-choice");
            tile.addClassName("topic-" + topic.slug());
            tile.addClickListener(e -> onTopic.accept(topic));
            tiles.add(tile);
        });
        return tiles;
    }

    static Button tile(String label, String description, String className) {
        Span l = new Span(label);
        l.addClassName("tile-label");
        Span d = new Span(description);
        d.addClassName("tile-description");
        Button tile = new Button();
        tile.getElement().appendChild(l.getElement(), d.getElement());
        tile.addClassNames("kiosk-button", "tile", "choice-tile", className);
        return tile;
    }
}
