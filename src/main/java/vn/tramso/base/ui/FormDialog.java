package vn.tramso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import vn.tramso.base.RefusedException;

/**
 * A staff form in a dialog: its fields, Save and Cancel. A save the service refuses, whichever
 * feature's {@link RefusedException} it is, keeps the dialog open with the reason in a
 * {@link StaffRefusal} line above the buttons, so nothing typed is lost.
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
        StaffRefusal error = new StaffRefusal();
        fields.forEach(dialog::add);
        dialog.add(error);
        Button ok = new Button(dialog.getTranslation("form.save"), e -> {
            try {
                save.run();
                dialog.close();
            } catch (RefusedException refused) {
                error.show(refused);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("dialog-save");
        dialog.getFooter().add(new Button(dialog.getTranslation("form.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
