package vn.tramso.household.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.household.Assignments;
import vn.tramso.household.HouseholdSummary;
import vn.tramso.household.Households;

/**
 * A "1+10" member's own households, the least recently visited first, each with what it still
 * lacks, its adults' VNeID level, and a mark on those not visited for 60 days: the list to work
 * through this week.
 */
@Route(value = "volunteer/my-households", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.ADMIN_NAME})
class MyHouseholdsView extends Div implements HasDynamicTitle {

    MyHouseholdsView(Assignments assignments, Households households, Clock clock) {
        addClassNames("staff-page", "my-households-view");
        LocalDate today = LocalDate.now(clock);
        List<HouseholdSummary> mine = assignments.mine();
        long overdue = mine.stream().filter(h -> h.notVisitedSince(today, Assignments.VISIT_DAYS)).count();
        Div cards = new Div();
        cards.addClassName("kiosk-cards");
        mine.forEach(h -> cards.add(new HouseholdCard(h, today).withMembers(households.members(h.id()))));
        Paragraph summary = new Paragraph(mine.isEmpty() ? getTranslation("my-households.none")
                : getTranslation("my-households.summary", mine.size(), overdue, Assignments.VISIT_DAYS));
        summary.addClassName("my-households-summary");
        add(new H1(getTranslation("my-households.title")), summary, cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-households.title");
    }
}
