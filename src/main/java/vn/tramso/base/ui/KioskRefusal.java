package vn.tramso.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import vn.tramso.base.RefusedException;

/**
 * The one way a kiosk screen says that what the resident asked for was refused (decision 012): a
 * large heading saying what did not happen, then the reason in the refusal's own words, in the
 * kiosk's warning colours and announced to a screen reader at once. The screen puts the ways on
 * (the next free time, back, home) below it: {@link KioskScreen#refused}.
 */
public class KioskRefusal extends Div {

    private final Paragraph reason = new Paragraph();

    /** @param heading what did not happen ("Chưa đặt được") */
    public KioskRefusal(String heading, RefusedException refused) {
        this(heading, "");
        reason.setText(getTranslation(refused.messageKey()));
    }

    /**
     * @param reason the refusal's sentence when its feature says more than the reason's own text
     *               (booking adds the next free time)
     */
    public KioskRefusal(String heading, String reason) {
        addClassNames("kiosk-message", "kiosk-refusal");
        getElement().setAttribute("role", "alert");
        this.reason.setText(reason);
        this.reason.addClassName("refusal");
        add(new H1(heading), this.reason);
    }
}
