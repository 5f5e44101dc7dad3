package vn.tramso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.tramso.base.RefusedException;

/**
 * A staff form in a dialog: its fields, Save and Cancel. A save the service refuses keeps the
 * dialog open with the reason in plain words above the buttons, so nothing typed is lost.
 */
public final class FormDialog {

    private FormDialog() {
    }

    /**
     * @param save the service call; a {@link RefusedException} it throws is said above the buttons,
     *             whichever feature's it is
     */
    public static void open(Dialog dialog, String titleKey, List<? extends Component> fields, Runnable save) {
        dialog.addClassName("form-dialog");
        dialog.setHeaderTitle(dialog.getTranslation(titleKey));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        fields.forEach(dialog::add);
        dialog.add(error);
        Button ok = new Button(dialog.getTranslation("form.save"), e -> {
            try {
                save.run();
                dialog.close();
            } catch (RefusedException refused) {
                error.setText(dialog.getTranslation(refused.messageKey()));
                error.setVisible(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("dialog-save");
        dialog.getFooter().add(new Button(dialog.getTranslation("form.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
