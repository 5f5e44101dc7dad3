package vn.tramso.adoption.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.time.Clock;
import java.util.Map;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.CommuneDossiers;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.Targets;
import vn.tramso.base.Formats;
import vn.tramso.base.ui.StaffNavigation;
import vn.tramso.place.PlaceLevel;

/**
 * The dashboard's title, the link up to the place above, the buttons of who may set the year's
 * targets or enter the commune's dossiers, and how fresh the figures are. Only the buttons are
 * components; the rest are plain elements, which nothing listens to.
 */
class DashboardHeading extends Div {

    DashboardHeading(String title, Overview o, Targets targets, CommuneDossiers dossiers, Clock clock) {
        getElement().appendChild(new Element("h1").setText(title));
        addClassName("dashboard-head");
        if (o.area().parent() != null) {
            getElement().appendChild(new Element("a").setAttribute("href", DashboardLinks.link(o.area().parent(), o.period(), null))
                    .setText(getTranslation("dashboard.up", o.area().parent().name())).setAttribute("class", "dashboard-up"));
        }
        // Where residents get stuck at this place's kiosks (usage.ui): a commune's or village's own; from a province, the first commune's.
        String usage = o.area().level() == PlaceLevel.PROVINCE ? StaffNavigation.usage()
                : StaffNavigation.usage(o.area().level() == PlaceLevel.COMMUNE, o.area().id());
        getElement().appendChild(new Element("a").setAttribute("href", usage).setText(getTranslation("dashboard.usage"))
                .setAttribute("class", "dashboard-usage"));
        // The buttons keep what their dialogs need, not the overview with all its figures.
        Area area = o.area();
        if (targets.mayTarget(area)) {
            int year = o.period().from().getYear();
            Map<Indicator, Double> current = o.targets();
            Button set = new Button(getTranslation("dashboard.set-target", String.valueOf(year)),
                    e -> EntryDialogs.target(area, year, current, targets));
            set.addClassName("set-target");
            add(set);
        }
        if (dossiers.mayEnter(area)) {
            Button enter = new Button(getTranslation("dossiers.enter"), e -> EntryDialogs.dossiers(area, dossiers, clock));
            enter.addClassName("enter-dossiers");
            add(enter);
        }
        getElement().appendChild(new Element("p").setText(o.dataAsOf() == null ? getTranslation("dashboard.no-data-yet")
                : getTranslation("dashboard.as-of", Formats.dateTime(o.dataAsOf()))).setAttribute("class", "dashboard-as-of"));
    }
}
