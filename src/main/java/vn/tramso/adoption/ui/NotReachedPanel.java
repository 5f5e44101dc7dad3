package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import vn.tramso.adoption.NotReached;
import vn.tramso.base.Topic;
import vn.tramso.helpsession.Outcome;

/** "Tasks not finished", by topic and why, as the indicator's definition promises: one piece of markup ({@link Markup}). */
class NotReachedPanel extends Div {

    NotReachedPanel(List<NotReached> rows) {
        Markup m = new Markup().element("h2", getTranslation("dashboard.not-reached"));
        if (rows.isEmpty()) {
            m.element("p", getTranslation("dashboard.not-reached.none"));
        } else {
            Tables table = new Tables(m, "not-reached-table", List.of(getTranslation("dashboard.topic"), getTranslation("dashboard.outcome"),
                    getTranslation("dashboard.reason"), getTranslation("dashboard.count")));
            for (NotReached r : rows) {
                table.row(getTranslation(Topic.valueOf(r.topic()).labelKey()), getTranslation(Outcome.valueOf(r.outcome()).labelKey()),
                        r.reason().isEmpty() ? "–" : getTranslation(Outcome.Reason.valueOf(r.reason()).labelKey()), String.valueOf(r.count()));
            }
            table.end();
        }
        m.into(this);
        addClassName("dashboard-not-reached");
    }
}
