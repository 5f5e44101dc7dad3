package vn.tramso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/**
 * A kiosk dialog: its title named for screen readers and shown as a heading, then its content
 * in the kiosk's large type.
 */
abstract class KioskDialog extends Dialog {

    private final String title;

    KioskDialog(String className, String titleKey) {
        this.title = getTranslation(titleKey);
        addClassName(className);
        getElement().setAttribute("aria-label", title);
    }

    /** Sets the dialog's content below its title. */
    protected void content(Component... content) {
        Div body = new Div(new H2(title));
        body.add(content);
        body.addClassName("kiosk-dialog");
        add(body);
    }
}
