package vn.tramso.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.tramso.base.security.Role;

/** The frame of the signed-in areas: the user's name, a menu for their role, and sign-out. */
@PermitAll
public class StaffLayout extends AppLayout {

    public StaffLayout(AuthenticationContext authentication) {
        addClassName("staff");
        Span app = new Span(getTranslation("app.name"));
        app.addClassName("staff-app-name");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("staff-user");
        Button signOut = new Button(getTranslation("staff.signout"), e -> authentication.logout());
        signOut.addClassName("staff-signout");
        addToNavbar(new DrawerToggle(), app, user, signOut);
        SideNav nav = new SideNav();
        if (authentication.hasAnyRole(Role.VOLUNTEER_NAME, Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem(getTranslation("staff.nav.queue"), "volunteer"));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.schedule"), "volunteer/schedule"));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.new-session"), "volunteer/session"));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.my-households"), "volunteer/my-households"));
        }
        nav.addItem(new SideNavItem(getTranslation("staff.nav.sessions"), "volunteer/sessions"));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.households"), "volunteer/households"));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.concerns"), "concerns"));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.message-choices"), "message-choices"));
        if (authentication.hasAnyRole(Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem(getTranslation("staff.nav.leader"), "dashboard"));
        }
        if (authentication.hasAnyRole(Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem(getTranslation("staff.nav.ratings"), "ratings"));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.alerts"), "alerts"));
            if (authentication.hasAnyRole(Role.LEADER_NAME, Role.ADMIN_NAME)) {
                nav.addItem(new SideNavItem(getTranslation("staff.nav.messages"), "messages"));
            }
            nav.addItem(new SideNavItem(getTranslation("staff.nav.places"), "admin/places"));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.accounts"), "staff/accounts"));
        }
        if (authentication.hasRole(Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem(getTranslation("staff.nav.kiosks"), "admin/kiosks"));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.admin"), "admin"));
        }
        nav.addItem(new SideNavItem(getTranslation("staff.nav.password"), "staff/password"));
        addToDrawer(nav);
    }

    /** The page's language for screen readers: the one the staff screens are shown in. */
    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
    }
}
