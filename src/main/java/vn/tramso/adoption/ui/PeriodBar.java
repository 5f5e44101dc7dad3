package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.Period;

/** Month, quarter or year, and the period before and after the one shown (none after one not over yet). */
class PeriodBar extends Div {

    PeriodBar(Overview o, Indicator chosen, LocalDate today) {
        addClassNames("queue-actions", "dashboard-periods");
        for (Period.Kind kind : Period.Kind.values()) {
            Anchor a = new Anchor(DashboardLinks.link(o.area(), Period.of(kind, o.period().from()), chosen),
                    getTranslation(kind.labelKey()));
            a.addClassNames("dashboard-period", kind == o.period().kind() ? "selected" : "other");
            add(a);
        }
        Anchor before = new Anchor(DashboardLinks.link(o.area(), o.period().previous(), chosen), "‹ " + o.period().previous().label());
        before.addClassName("dashboard-previous");
        Span now = new Span(o.period().label());
        now.addClassName("dashboard-period-label");
        add(before, now);
        if (!o.period().to().isAfter(today)) {
            Period next = Period.of(o.period().kind(), o.period().to());
            Anchor after = new Anchor(DashboardLinks.link(o.area(), next, chosen), next.label() + " ›");
            after.addClassName("dashboard-next");
            add(after);
        }
    }
}
