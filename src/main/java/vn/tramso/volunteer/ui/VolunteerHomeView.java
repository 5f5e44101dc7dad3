package vn.tramso.volunteer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tramso.account.CurrentUser;
import vn.tramso.account.Role;
import vn.tramso.account.ui.Greeting;
import vn.tramso.account.ui.StaffLayout;

/** The volunteer's area; the help queue and session log come with their own features. */
@Route(value = "volunteer", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.ADMIN_NAME})
public class VolunteerHomeView extends Div implements HasDynamicTitle {

    VolunteerHomeView(CurrentUser user) {
        add(new Greeting(user.get(), getTranslation("volunteer.purpose")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.nav.volunteer");
    }
}
