package vn.tramso.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A row of large buttons to choose one (or several) of a few values with one tap each: the quick
 * way to fill a form by finger, on a phone held upright as on a tablet. Tapping a chosen chip again
 * unchooses it. Each chip carries the class {@code chip-<key>} so tests and styles can find it.
 */
public class Chips<T> extends Div {

    private final boolean multiple;
    private final Map<T, Button> buttons = new LinkedHashMap<>();
    private final Set<T> chosen = new LinkedHashSet<>();
    private final List<Runnable> listeners = new ArrayList<>();

    public Chips(String label, Collection<T> items, Function<T, String> text, Function<T, String> key, boolean multiple) {
        this.multiple = multiple;
        addClassName("chips");
        Span caption = new Span(label);
        caption.addClassName("chips-label");
        Div row = new Div();
        row.addClassName("chips-row");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", label);
        for (T item : items) {
            Button b = new Button(text.apply(item), e -> toggle(item));
            b.addClassNames("chip", "chip-" + key.apply(item));
            b.getElement().setAttribute("aria-pressed", "false");
            buttons.put(item, b);
            row.add(b);
        }
        add(caption, row);
    }

    /** Chips of an enum's constants, keyed by their names in lower case with dashes. */
    public static <E extends Enum<E>> Chips<E> of(String label, E[] values, Function<E, String> text, boolean multiple) {
        return new Chips<>(label, List.of(values), text, e -> e.name().toLowerCase().replace('_', '-'), multiple);
    }

    private void toggle(T item) {
        if (chosen.contains(item)) {
            chosen.remove(item);
        } else {
            if (!multiple) {
                chosen.clear();
            }
            chosen.add(item);
        }
        paint();
        listeners.forEach(Runnable::run);
    }

    public Optional<T> value() {
        return chosen.stream().findFirst();
    }

    public Set<T> values() {
        return Set.copyOf(chosen);
    }

    /** Chooses exactly these (unknown ones are ignored), without telling the listeners. */
    public void set(Collection<T> items) {
        chosen.clear();
        items.stream().filter(buttons::containsKey).forEach(chosen::add);
        if (!multiple && chosen.size() > 1) {
            T first = chosen.iterator().next();
            chosen.clear();
            chosen.add(first);
        }
        paint();
    }

    public void set(T item) {
        set(item == null ? List.of() : List.of(item));
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void paint() {
        buttons.forEach((item, b) -> {
            boolean on = chosen.contains(item);
            b.getElement().setAttribute("aria-pressed", String.valueOf(on));
            if (on) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.addClassName("chip-on");
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.removeClassName("chip-on");
            }
        });
    }
}
