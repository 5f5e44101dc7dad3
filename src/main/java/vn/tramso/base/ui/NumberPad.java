package vn.tramso.base.ui;

import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** A telephone-style number pad, for phone numbers and booking codes. */
public class NumberPad extends Keypad {

    public NumberPad(String initial, int maxLength, UnaryOperator<String> format, Consumer<String> onChange) {
        super(initial, maxLength, format, onChange);
        addClassName("number-pad");
        Div keys = new Div();
        keys.addClassName("number-keys");
        for (String digit : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            keys.add(key(digit, "key-" + digit, () -> type(digit)));
        }
        keys.add(key(getTranslation("keypad.delete"), "key-delete", this::deleteLast), key("0", "key-0", () -> type("0")));
        add(keys);
    }

    /** 0912 345 678 */
    public static String phone(String digits) {
        StringBuilder s = new StringBuilder(digits);
        if (s.length() > 7) {
            s.insert(7, ' ');
        }
        if (s.length() > 4) {
            s.insert(4, ' ');
        }
        return s.toString();
    }

    /** 1234 5678 */
    public static String code(String digits) {
        return digits.length() > 4 ? digits.substring(0, 4) + " " + digits.substring(4) : digits;
    }
}
