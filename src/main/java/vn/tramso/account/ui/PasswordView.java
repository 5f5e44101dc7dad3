package vn.tramso.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import vn.tramso.account.AccountRefusedException;
import vn.tramso.account.Accounts;
import vn.tramso.account.PasswordPolicy;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffRefusal;

/** A staff member changes their own password; after a temporary one, before anything else. */
@Route(value = "staff/password", layout = StaffLayout.class)
@PermitAll
class PasswordView extends Div implements HasDynamicTitle {

    public PasswordView(Accounts accounts) {
        addClassNames("staff-page", "password-view");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.addClassName("password-current");
        PasswordField replacement = new PasswordField(getTranslation("password.new"));
        replacement.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        replacement.addClassName("password-new");
        PasswordField again = new PasswordField(getTranslation("password.again"));
        again.addClassName("password-again");
        StaffRefusal refusal = new StaffRefusal();
        Button save = new Button(getTranslation("password.save"), e -> {
            refusal.clear();
            if (!replacement.getValue().equals(again.getValue())) {
                refusal.show(getTranslation("password.mismatch"));
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), replacement.getValue());
                current.clear();
                replacement.clear();
                again.clear();
                changed();
                getUI().ifPresent(ui -> ui.navigate(StaffHomeView.class));
            } catch (AccountRefusedException refused) {
                refusal.show(refused, PasswordPolicy.MIN_LENGTH);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("password-save");
        Div form = new Div(current, replacement, again, refusal, save);
        form.addClassName("password-form");
        RouterLink twoStep = new RouterLink(getTranslation("two-step.setup.title"), TwoStepSetupView.class);
        twoStep.addClassName("two-step-link");
        add(new H1(getTranslation("password.title")),
                new Paragraph(getTranslation(accounts.mustChangePassword() ? "password.must" : "password.intro")), form,
                new Paragraph(twoStep));
    }

    private void changed() {
        Notification n = Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.addClassName("password-message");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
