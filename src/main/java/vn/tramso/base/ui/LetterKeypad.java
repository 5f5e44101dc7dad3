package vn.tramso.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A keypad for a name or a short text: the 29 letters of the Vietnamese alphabet in school order, the five tone
 * marks (applied to the word being typed), a space and a delete key.
 */
public class LetterKeypad extends Keypad {

    static final String ALPHABET = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY";
    static final int MAX_LENGTH = 60;

    public LetterKeypad(String initial, Consumer<String> onChange) {
        this(initial, MAX_LENGTH, onChange);
    }

    /** A keypad for a short text of up to {@code maxLength} characters. */
    public LetterKeypad(String initial, int maxLength, Consumer<String> onChange) {
        super(initial, maxLength, UnaryOperator.identity(), value -> onChange.accept(value.strip()));
        addClassName("name-keypad");
        Div letters = new Div();
        letters.addClassName("keypad-letters");
        ALPHABET.chars().mapToObj(c -> String.valueOf((char) c)).forEach(letter -> letters.add(key(letter, "key-" + letter,
                () -> type(letter))));
        Div tones = new Div();
        tones.addClassName("keypad-tones");
        for (VietnameseTones.Tone tone : VietnameseTones.Tone.values()) {
            Button key = key(tone.sample, "tone-" + tone.name().toLowerCase(), () -> set(VietnameseTones.apply(raw(), tone)));
            key.getElement().setAttribute("aria-label", getTranslation(tone.labelKey()));
            tones.add(key);
        }
        tones.add(key(getTranslation("keypad.space"), "key-space", () -> {
            if (!raw().isEmpty() && !raw().endsWith(" ")) {
                type(" ");
            }
        }), key(getTranslation("keypad.delete"), "key-delete", this::deleteLast));
        add(letters, tones);
    }
}
