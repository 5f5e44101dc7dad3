package vn.tramso.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import vn.tramso.account.AccountAdmin;
import vn.tramso.account.TwoStep;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.ui.StaffLayout;

/**
 * After the password, a staff member with two-step sign-in sees nothing of the staff area but the
 * code screen until a code passes in this session; one whose role requires it and who has not
 * turned it on sees only the screen to turn it on. A temporary password is changed first.
 */
@Component
class TwoStepGuard implements VaadinServiceInitListener {

    private static final String PASSED = "vn.tramso.two-step.passed";

    private final TwoStep twoStep;
    private final AccountAdmin accounts;

    TwoStepGuard(TwoStep twoStep, AccountAdmin accounts) {
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
        Class<?> target = event.getNavigationTarget();
        if (!event.getLayouts().contains(StaffLayout.class) || target == TwoStepView.class || target == PasswordView.class
                || StaffUser.current().isEmpty() || accounts.mustChangePassword()) {
            return;
        }
        if (twoStep.enrolled()) {
            if (!hasPassed()) {
                event.rerouteTo(TwoStepView.class);
            }
        } else if (twoStep.mustEnrol() && target != TwoStepSetupView.class) {
            event.rerouteTo(TwoStepSetupView.class);
        }
    }
}
