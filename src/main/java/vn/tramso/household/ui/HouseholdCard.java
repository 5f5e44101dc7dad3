package vn.tramso.household.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tramso.base.Formats;
import vn.tramso.household.Assignments;
import vn.tramso.household.Fact;
import vn.tramso.household.HouseholdSummary;
import vn.tramso.household.Member;

/** A household in a list: code and head, hamlet, what it still lacks and when it was last visited, one tap to open. */
class HouseholdCard extends Div {

    HouseholdCard(HouseholdSummary h, LocalDate today) {
        addClassNames("household-card", "kiosk-card");
        RouterLink title = new RouterLink(h.code() + (h.headName() == null ? "" : " · " + h.headName()), HouseholdView.class, h.id());
        title.addClassName("kiosk-card-title");
        add(title);
        if (h.hamlet() != null) {
            add(new Span(h.hamlet()));
        }
        add(new Span(getTranslation("households.members", h.members(), h.adults())));
        for (String lack : lacks(h)) {
            Span s = new Span(lack);
            s.addClassName("household-lack");
            add(s);
        }
        Span visit = new Span(h.lastVisitOn() == null ? getTranslation("households.never-visited")
                : getTranslation("households.last-visit", Formats.date(h.lastVisitOn())));
        if (h.notVisitedSince(today, Assignments.VISIT_DAYS)) {
            visit.addClassName("household-overdue");
            visit.setText(visit.getText() + " · " + getTranslation("households.overdue", Assignments.VISIT_DAYS));
        }
        add(visit);
        if (h.looker() != null) {
            add(new Span(getTranslation("households.looker", h.looker())));
        }
    }

    /** Lists the adults with their VNeID level: who still needs what, for the member who looks after them. */
    HouseholdCard withMembers(List<Member> members) {
        for (Member m : members) {
            if (m.adult() && !m.erased()) {
                Span line = new Span(m.fullName() + " · " + getTranslation(Fact.VNEID.labelKey()) + ": "
                        + getTranslation(HouseholdDialogs.valueKey(Fact.VNEID, m.fact(Fact.VNEID))));
                line.addClassNames("household-member-line", m.fact(Fact.VNEID) == 2 ? "status-done" : "status-missing");
                add(line);
            }
        }
        return this;
    }

    /** "2 người lớn chưa có VNeID mức 2", "chưa là gia đình số". */
    private List<String> lacks(HouseholdSummary h) {
        List<String> lacks = new ArrayList<>();
        if (h.adultsWithoutLevel2() > 0) {
            lacks.add(getTranslation("households.lacks-level-2", h.adultsWithoutLevel2()));
        }
        if (!h.digital() && h.members() > 0) {
            lacks.add(getTranslation("households.lacks-digital"));
        }
        return lacks;
    }
}
