package vn.tramso.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.tramso.base.security.Role;

/** The frame of the signed-in areas: the user's name, a menu for their role, and sign-out. */
@StyleSheet(StaffLayout.STYLESHEET)
@PermitAll
public class StaffLayout extends AppLayout {

    /** The staff screens' own style sheet: loaded with them, never with a kiosk screen. */
    public static final String STYLESHEET = "styles/staff.css";

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
            nav.addItem(new SideNavItem(getTranslation("staff.nav.queue"), StaffNavigation.queue()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.schedule"), StaffNavigation.schedule()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.new-session"), StaffNavigation.newSession()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.my-households"), StaffNavigation.myHouseholds()));
        }
        nav.addItem(new SideNavItem(getTranslation("staff.nav.sessions"), StaffNavigation.sessions()));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.households"), StaffNavigation.households()));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.concerns"), StaffNavigation.concerns()));
        nav.addItem(new SideNavItem(getTranslation("staff.nav.message-choices"), StaffNavigation.messageChoices()));
        if (authentication.hasAnyRole(Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem(getTranslation("staff.nav.leader"), StaffNavigation.dashboard()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.usage"), StaffNavigation.usage()));
        }
        if (authentication.hasAnyRole(Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem(getTranslation("staff.nav.ratings"), StaffNavigation.ratings()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.alerts"), StaffNavigation.alerts()));
            if (authentication.hasAnyRole(Role.LEADER_NAME, Role.ADMIN_NAME)) {
                nav.addItem(new SideNavItem(getTranslation("staff.nav.messages"), StaffNavigation.outbox()));
            }
            nav.addItem(new SideNavItem(getTranslation("staff.nav.places"), StaffNavigation.places()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.accounts"), StaffNavigation.accounts()));
        }
        if (authentication.hasRole(Role.ADMIN_NAME)) {
            nav.addItem(new SideNavItem(getTranslation("staff.nav.kiosks"), StaffNavigation.kiosks()));
            nav.addItem(new SideNavItem(getTranslation("staff.nav.admin"), StaffNavigation.admin()));
        }
        nav.addItem(new SideNavItem(getTranslation("staff.nav.password"), StaffNavigation.password()));
        addToDrawer(nav);
    }

    /** The page's language for screen readers: the one the staff screens are shown in. */
    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
    }
}
