package vn.tramso.account.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.tramso.account.TwoStep;
import vn.tramso.base.QrCodes;
import vn.tramso.base.ui.StaffLayout;

/**
 * Turning two-step sign-in on: scan the QR code with an authenticator app (or type the key), enter
 * the code it shows, then keep the ten recovery codes, shown this once.
 */
@Route(value = "staff/two-step", layout = StaffLayout.class)
@PermitAll
class TwoStepSetupView extends Div implements HasDynamicTitle {

    public TwoStepSetupView(TwoStep twoStep) {
        addClassNames("staff-page", "two-step-setup");
        add(new H1(getTranslation("two-step.setup.title")));
        if (twoStep.enrolled()) {
            add(new Paragraph(getTranslation("two-step.setup.on")));
            return;
        }
        TwoStep.Enrolment enrolment = twoStep.newEnrolment();
        Span key = new Span(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        key.addClassName("two-step-secret");
        TextField code = new TextField(getTranslation("two-step.code"));
        code.addClassName("two-step-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(10);
        Paragraph message = new Paragraph();
        message.addClassName("two-step-message");
        message.getElement().setAttribute("role", "alert");
        Div steps = new Div();
        Button confirm = new Button(getTranslation("two-step.setup.confirm"), e -> twoStep.confirm(enrolment.secret(), code.getValue())
                .ifPresentOrElse(codes -> {
                    StaffGate.passed();
                    steps.removeAll();
                    steps.add(recoveryCodes(codes));
                }, () -> message.setText(getTranslation("two-step.wrong"))));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("two-step-confirm");
        steps.add(new Paragraph(getTranslation(twoStep.mustEnrol() ? "two-step.setup.must" : "two-step.setup.intro")),
                new Html("<div class=\"two-step-qr\">" + QrCodes.svg(enrolment.uri(), getTranslation("two-step.setup.qr")) + "</div>"),
                new Paragraph(getTranslation("two-step.setup.key")), key, code, confirm, message);
        add(steps);
    }

    private Div recoveryCodes(List<String> codes) {
        UnorderedList list = new UnorderedList();
        list.addClassName("two-step-recovery");
        codes.forEach(c -> list.add(new ListItem(c)));
        Button done = new Button(getTranslation("two-step.setup.kept"), e -> getUI().ifPresent(ui -> ui.navigate(StaffHomeView.class)));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.addClassName("two-step-done");
        return new Div(new Paragraph(getTranslation("two-step.setup.recovery")), list, done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-step.setup.title");
    }
}
