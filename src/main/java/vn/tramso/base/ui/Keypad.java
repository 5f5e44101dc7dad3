package vn.tramso.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * An on-screen keypad, since the kiosk browser shows no system keyboard: a large display of what
 * was typed (read out by screen readers as it changes) above the keys.
 */
public abstract class Keypad extends Div {

    private final Span display = new Span();
    private final int maxLength;
    private final UnaryOperator<String> format;
    private final Consumer<String> onChange;
    private String value;

    Keypad(String initial, int maxLength, UnaryOperator<String> format, Consumer<String> onChange) {
        this.value = initial == null ? "" : initial;
        this.maxLength = maxLength;
        this.format = format;
        this.onChange = onChange;
        display.addClassName("keypad-display");
        display.getElement().setAttribute("role", "status");
        display.getElement().setAttribute("aria-live", "polite");
        add(display);
        show();
    }

    /** What was typed, as typed. */
    public String raw() {
        return value;
    }

    void type(String s) {
        if (value.length() + s.length() <= maxLength) {
            set(value + s);
        }
    }

    void deleteLast() {
        if (!value.isEmpty()) {
            set(value.substring(0, value.offsetByCodePoints(value.length(), -1)));
        }
    }

    void set(String v) {
        value = v;
        show();
        onChange.accept(v);
    }

    private void show() {
        display.setText(value.isEmpty() ? "\u00a0" : format.apply(value));
    }

    static Button key(String label, String className, Runnable action) {
        Button key = new Button(label, e -> action.run());
        key.addClassNames("kiosk-button", "key", className);
        return key;
    }
}
