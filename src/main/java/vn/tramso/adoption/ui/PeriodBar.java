package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.Period;

/**
 * Month, quarter or year, and the period before and after the one shown (none after one not over
 * yet): plain links in one piece of markup ({@link Markup}).
 */
class PeriodBar extends Div {

    PeriodBar(Overview o, Indicator chosen, LocalDate today) {
        addClassNames("queue-actions", "dashboard-periods");
        Markup m = new Markup();
        for (Period.Kind kind : Period.Kind.values()) {
            boolean selected = kind == o.period().kind();
            m.element("a", getTranslation(kind.labelKey()), "href", DashboardLinks.link(o.area(), Period.of(kind, o.period().from()), chosen),
                    "class", "dashboard-period " + (selected ? "selected" : "other"), "aria-current", selected ? "page" : null);
        }
        m.element("a", "‹ " + o.period().previous().label(), "href", DashboardLinks.link(o.area(), o.period().previous(), chosen),
                "class", "dashboard-previous");
        m.element("span", o.period().label(), "class", "dashboard-period-label");
        if (!o.period().to().isAfter(today)) {
            Period next = Period.of(o.period().kind(), o.period().to());
            m.element("a", next.label() + " ›", "href", DashboardLinks.link(o.area(), next, chosen), "class", "dashboard-next");
        }
        m.into(this);
    }
}
