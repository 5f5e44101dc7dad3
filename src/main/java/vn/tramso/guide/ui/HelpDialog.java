package vn.tramso.guide.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import vn.tramso.guide.KioskSettings;

/** Tells a stuck resident where the volunteers on duty are and how to call them. */
class HelpDialog extends KioskDialog {

    HelpDialog(KioskSettings kiosk, Locale locale) {
        super("help-dialog", "help.title");
        Paragraph where = new Paragraph(getTranslation("help.where", kiosk.name().in(locale)));
        Paragraph call = new Paragraph(getTranslation("help.call", kiosk.contactName().in(locale), kiosk.contactPhone()));
        call.addClassName("help-phone");
        Button close = new Button(getTranslation("help.close"), e -> close());
        close.addClassNames("kiosk-button", "primary");
        content(where, call, close);
    }
}
