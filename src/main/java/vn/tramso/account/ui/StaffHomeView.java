package vn.tramso.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffNavigation;

/** After sign-in: opens the area of the user's role. */
@Route(value = "staff", layout = StaffLayout.class)
@PermitAll
class StaffHomeView extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    StaffHomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(Role.ADMIN_NAME)) {
            event.forwardTo(StaffNavigation.admin());
        } else if (authentication.hasAnyRole(Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME)) {
            event.forwardTo(StaffNavigation.dashboard());
        } else {
            event.forwardTo(StaffNavigation.queue());
        }
    }
}
