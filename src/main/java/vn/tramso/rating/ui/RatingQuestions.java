package vn.tramso.rating.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import java.util.function.Consumer;
import vn.tramso.base.ui.Chips;
import vn.tramso.base.ui.LetterKeypad;
import vn.tramso.rating.RatingAnswer;
import vn.tramso.rating.RatingReason;

/**
 * The rating, one decision per screen: "did you get done what you came for today?" → a face from
 * 1 to 5 → only after a low score, what could be better (chips) → and a short text, which can be
 * skipped. On a kiosk the text is typed on the letter keypad; on a phone, with its own keyboard.
 */
class RatingQuestions extends Div {

    private final boolean keypad;
    private final Consumer<RatingAnswer> onAnswer;
    private boolean doneToday;
    private int score;
    private Set<RatingReason> reasons = Set.of();
    private String comment = "";

    /**
     * @param keypad   whether the text is typed on the on-screen letter keypad (a kiosk) rather than the device's keyboard
     * @param onAnswer called with the finished answer
     */
    RatingQuestions(boolean keypad, Consumer<RatingAnswer> onAnswer) {
        this.keypad = keypad;
        this.onAnswer = onAnswer;
        addClassName("rating-questions");
        doneScreen();
    }

    private void doneScreen() {
        Div choices = new Div(button("rating.done.yes", "primary", "rating-done-yes", () -> {
            doneToday = true;
            faceScreen();
        }), button("rating.done.no", "secondary", "rating-done-no", () -> {
            doneToday = false;
            faceScreen();
        }));
        choices.addClassName("screen-actions");
        show("rating.done.question", null, choices);
    }

    private void faceScreen() {
        Div faces = new Div();
        faces.addClassName("rating-faces");
        for (int s = 5; s >= 1; s--) {
            int value = s;
            Button face = new Button();
            Span label = new Span(getTranslation(Faces.labelKey(s)));
            label.addClassName("face-label");
            // Wrapped: the wrapper's content is parsed by the browser, which keeps SVG's case-sensitive viewBox.
            face.getElement().appendChild(new Html("<span class=\"face-picture\">" + Faces.svg(s) + "</span>").getElement(),
                    label.getElement());
            face.addClassNames("kiosk-button", "rating-face", "face-" + s);
            face.addClickListener(e -> {
                score = value;
                if (RatingAnswer.isLow(value)) {
                    reasonScreen();
                } else {
                    finish(Set.of(), null);
                }
            });
            faces.add(face);
        }
        show("rating.face.question", this::doneScreen, faces);
    }

    private void reasonScreen() {
        Chips<RatingReason> chips = Chips.of(getTranslation("rating.reason.hint"), RatingReason.values(),
                r -> getTranslation(r.labelKey()), true);
        chips.addClassName("rating-reasons");
        chips.set(reasons);
        chips.onChange(() -> reasons = Set.copyOf(chips.values()));
        Button next = button("nav.next", "primary", "rating-reasons-next", this::commentScreen);
        show("rating.reason.question", this::faceScreen, chips, next);
    }

    private void commentScreen() {
        Component input;
        if (keypad) {
            input = new LetterKeypad(comment, RatingAnswer.MAX_COMMENT, value -> comment = value);
        } else {
            TextArea text = new TextArea(getTranslation("rating.comment.label"));
            text.setMaxLength(RatingAnswer.MAX_COMMENT);
            text.setValue(comment);
            text.addClassName("rating-comment");
            text.addValueChangeListener(e -> comment = e.getValue());
            input = text;
        }
        Paragraph hint = new Paragraph(getTranslation("rating.comment.hint"));
        Button send = button("rating.send", "primary", "rating-send", () -> finish(reasons, comment));
        show("rating.comment.question", this::reasonScreen, hint, input, send);
    }

    private void finish(Set<RatingReason> why, String text) {
        onAnswer.accept(new RatingAnswer(doneToday, score, why, text));
    }

    private void show(String questionKey, Runnable back, Component... content) {
        removeAll();
        add(new H1(getTranslation(questionKey)));
        Div main = new Div(content);
        main.addClassName("screen-content");
        add(main);
        if (back != null) {
            add(button("nav.back", "secondary", "back-button", back));
        }
    }

    private Button button(String labelKey, String style, String className, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> action.run());
        button.addClassNames("kiosk-button", style, className);
        return button;
    }
}
