package vn.tramso.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import vn.tramso.account.Accounts;
import vn.tramso.account.TwoStep;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.ui.StaffLayout;

/**
 * What a signed-in staff member must do before the rest of the staff area opens, in this order:
 * <ol>
 * <li>an account with two-step sign-in gives its code ({@link TwoStepView}); nothing else, not even the
 * password screen, opens before the code passes in this session, so a stolen password alone cannot
 * change the password and lock the owner out;</li>
 * <li>an account signed in with a temporary password (a new account, a reset) sets its own
 * ({@link PasswordView});</li>
 * <li>an account of a role that must have two-step sign-in turns it on ({@link TwoStepSetupView}).</li>
 * </ol>
 * One guard, so the order is written once (two guards would race for the same navigation). Signing out
 * is a plain request, not a screen, and stays reachable.
 */
@org.springframework.stereotype.Component
class StaffGate implements VaadinServiceInitListener {

    private static final String PASSED = "vn.tramso.two-step.passed";

    private final TwoStep twoStep;
    private final Accounts accounts;

    StaffGate(TwoStep twoStep, Accounts accounts) {
        this.twoStep = twoStep;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    /** Marks this session as past the second step for the signed-in staff member. */
    static void passed() {
        VaadinSession.getCurrent().setAttribute(PASSED, StaffUser.require().id());
    }

    static boolean hasPassed() {
        return StaffUser.current().map(me -> Long.valueOf(me.id()).equals(VaadinSession.getCurrent().getAttribute(PASSED)))
                .orElse(false);
    }

    private void check(BeforeEnterEvent event) {
        if (event.getLayouts().contains(StaffLayout.class) && StaffUser.current().isPresent()) {
            Class<?> target = event.getNavigationTarget();
            required().filter(screen -> screen != target).ifPresent(event::rerouteTo);
        }
    }

    /** The screen this session must pass before any other, if any. */
    private Optional<Class<? extends Component>> required() {
        if (twoStep.enrolled() && !hasPassed()) {
            return Optional.of(TwoStepView.class);
        }
        if (accounts.mustChangePassword()) {
            return Optional.of(PasswordView.class);
        }
        return twoStep.mustEnrol() ? Optional.of(TwoStepSetupView.class) : Optional.empty();
    }
}
