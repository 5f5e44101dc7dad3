package vn.tramso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.tramso.base.RefusedException;

/**
 * The one way a staff screen says a refusal (decision 012), in the refusal's own words. Where a
 * form stays open so that what was typed can be corrected (a {@link FormDialog}, the session form,
 * an alert being written), the reason stands in this line next to the form's button, announced to
 * a screen reader; after a one-tap action (a queue button, retire, a list's action) it comes as
 * a {@link #notice} at the top of the screen.
 */
public class StaffRefusal extends Paragraph {

    /** How long a notice stays: long enough to read a sentence twice. */
    static final int NOTICE_MILLIS = 5000;

    /** A line, hidden until a refusal is shown in it. */
    public StaffRefusal() {
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** @param arguments what the refusal's sentence names ({0}, {1}…), when it names something */
    public void show(RefusedException refused, Object... arguments) {
        show(getTranslation(refused.messageKey(), arguments));
    }

    /** A sentence made by the screen itself (a field left empty), or by its feature (booking's next free time). */
    public void show(String reason) {
        setText(reason);
        setVisible(true);
    }

    public void clear() {
        setText("");
        setVisible(false);
    }

    /** A refused one-tap action, said at the top of the screen. */
    public static Notification notice(RefusedException refused, Object... arguments) {
        return notice(UI.getCurrent().getTranslation(refused.messageKey(), arguments));
    }

    public static Notification notice(String reason) {
        Notification notice = Notification.show(reason, NOTICE_MILLIS, Notification.Position.TOP_CENTER);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.addClassName("refusal-notice");
        return notice;
    }
}
