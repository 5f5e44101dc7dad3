package vn.tramso.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import vn.tramso.account.AccountAdmin;
import vn.tramso.base.ui.StaffLayout;

/**
 * A staff member signed in with a temporary password (a new account, a reset) sees nothing of
 * the staff area but the screen to change it.
 */
@Component
class TemporaryPasswordGuard implements VaadinServiceInitListener {

    private final AccountAdmin accounts;

    TemporaryPasswordGuard(AccountAdmin accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        boolean staffArea = event.getLayouts().contains(StaffLayout.class);
        if (staffArea && event.getNavigationTarget() != PasswordView.class && accounts.mustChangePassword()) {
            event.rerouteTo(PasswordView.class);
        }
    }
}
