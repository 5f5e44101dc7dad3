package vn.tramso.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import vn.tramso.account.TwoStep;
import vn.tramso.base.security.SignInThrottledException;
import vn.tramso.base.ui.StaffLayout;

/** The second step after the password: the 6-digit code from the authenticator app, or a recovery code. */
@Route(value = "staff/two-step/code", layout = StaffLayout.class)
@PermitAll
class TwoStepView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final TwoStep twoStep;
    private final Paragraph message = new Paragraph();

    public TwoStepView(TwoStep twoStep) {
        this.twoStep = twoStep;
        addClassNames("staff-page", "two-step-view");
        TextField code = new TextField(getTranslation("two-step.code"));
        code.addClassName("two-step-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        code.setHelperText(getTranslation("two-step.code.help"));
        message.addClassName("two-step-message");
        message.getElement().setAttribute("role", "alert");
        Button check = new Button(getTranslation("two-step.check"), e -> {
            try {
                if (twoStep.verify(code.getValue(), VaadinRequest.getCurrent().getRemoteAddr())) {
                    StaffGate.passed();
                    getUI().ifPresent(ui -> ui.navigate(StaffHomeView.class));
                } else {
                    message.setText(getTranslation("two-step.wrong"));
                }
            } catch (SignInThrottledException throttled) {
                message.setText(getTranslation("login.throttled.message", throttled.minutes()));
            }
            code.clear();
        });
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("two-step-check");
        check.addClickShortcut(Key.ENTER);
        add(new H1(getTranslation("two-step.title")), new Paragraph(getTranslation("two-step.intro")), code, check, message);
    }

    /** Nothing to ask of an account without two-step sign-in, or of a session already past it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!twoStep.enrolled() || StaffGate.hasPassed()) {
            event.forwardTo(StaffHomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-step.title");
    }
}
