package vn.tramso.adoption.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import vn.tramso.adoption.CommuneDossiers;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.Targets;
import vn.tramso.base.Formats;

/**
 * The dashboard's title, the link up to the place above, the buttons of who may set the year's
 * targets or enter the commune's dossiers, and how fresh the figures are.
 */
class DashboardHeading extends Div {

    DashboardHeading(String title, Overview o, Targets targets, CommuneDossiers dossiers, Clock clock) {
        add(new H1(title));
        addClassName("dashboard-head");
        if (o.area().parent() != null) {
            Anchor up = new Anchor(DashboardLinks.link(o.area().parent(), o.period(), null),
                    getTranslation("dashboard.up", o.area().parent().name()));
            up.addClassName("dashboard-up");
            add(up);
        }
        if (targets.mayTarget(o.area())) {
            Button set = new Button(getTranslation("dashboard.set-target", String.valueOf(o.period().from().getYear())),
                    e -> EntryDialogs.target(o, targets));
            set.addClassName("set-target");
            add(set);
        }
        if (dossiers.mayEnter(o.area())) {
            Button enter = new Button(getTranslation("dossiers.enter"), e -> EntryDialogs.dossiers(o, dossiers, clock));
            enter.addClassName("enter-dossiers");
            add(enter);
        }
        Paragraph asOf = new Paragraph(o.dataAsOf() == null ? getTranslation("dashboard.no-data-yet")
                : getTranslation("dashboard.as-of", Formats.dateTime(o.dataAsOf())));
        asOf.addClassName("dashboard-as-of");
        add(asOf);
    }
}
