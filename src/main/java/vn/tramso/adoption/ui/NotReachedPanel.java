package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.tramso.adoption.NotReached;
import vn.tramso.base.Topic;
import vn.tramso.helpsession.Outcome;

/** "Tasks not finished", by topic and why, as the indicator's definition promises. */
class NotReachedPanel extends Div {

    NotReachedPanel(List<NotReached> rows) {
        NativeTable table = Tables.table(List.of(getTranslation("dashboard.topic"), getTranslation("dashboard.outcome"),
                getTranslation("dashboard.reason"), getTranslation("dashboard.count")));
        table.addClassName("not-reached-table");
        for (NotReached r : rows) {
            Tables.row(table, getTranslation(Topic.valueOf(r.topic()).labelKey()), getTranslation(Outcome.valueOf(r.outcome()).labelKey()),
                    r.reason().isEmpty() ? "–" : getTranslation(Outcome.Reason.valueOf(r.reason()).labelKey()), String.valueOf(r.count()));
        }
        add(new H2(getTranslation("dashboard.not-reached")));
        addClassName("dashboard-not-reached");
        add(rows.isEmpty() ? new Paragraph(getTranslation("dashboard.not-reached.none")) : Tables.labelled(table));
    }
}
