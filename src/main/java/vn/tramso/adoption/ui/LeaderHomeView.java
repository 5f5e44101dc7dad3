package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.Greeting;
import vn.tramso.base.ui.StaffLayout;

/** The commune leader's area; adoption figures per village come with their own feature. */
@Route(value = "leader", layout = StaffLayout.class)
@RolesAllowed({Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME})
public class LeaderHomeView extends Div implements HasDynamicTitle {

    LeaderHomeView() {
        add(new Greeting(getTranslation("leader.purpose")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.nav.leader");
    }
}
