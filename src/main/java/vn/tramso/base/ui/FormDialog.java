package vn.tramso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Function;

/**
 * A staff form in a dialog: its fields, Save and Cancel. A save the service refuses keeps the
 * dialog open with the reason in plain words above the buttons, so nothing typed is lost.
 */
public final class FormDialog {

    private FormDialog() {
    }

    /**
     * @param refusal    the service's refusal, caught and said
     * @param messageKey the i18n key of a refusal's reason
     */
    public static <E extends RuntimeException> void open(Dialog dialog, String titleKey, List<? extends Component> fields,
                                                         Class<E> refusal, Function<E, String> messageKey, Runnable save) {
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
            } catch (RuntimeException failure) {
                if (!refusal.isInstance(failure)) {
                    throw failure;
                }
                error.setText(dialog.getTranslation(messageKey.apply(refusal.cast(failure))));
                error.setVisible(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("dialog-save");
        dialog.getFooter().add(new Button(dialog.getTranslation("form.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
