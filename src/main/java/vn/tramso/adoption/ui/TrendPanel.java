package vn.tramso.adoption.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.Overview;

/** An indicator over the last 12 months: the chart, what it says in one sentence, and the table behind it. */
class TrendPanel extends Div {

    TrendPanel(Overview o, Indicator chosen) {
        Trend trend = Trend.of(o, chosen);
        NativeTable table = Tables.table(List.of(getTranslation("dashboard.month"), getTranslation("report.numerator"),
                getTranslation("report.denominator"), getTranslation("report.value")));
        for (int i = 0; i < trend.months().size(); i++) {
            Measure m = trend.measures().get(i);
            Tables.row(table, Trend.monthYear(trend.months().get(i)), String.valueOf(m.numerator()), String.valueOf(m.denominator()),
                    IndicatorText.value(getLocale(), chosen, m));
        }
        add(new H2(trend.title(getLocale())), new Html("<div class=\"chart-box\">" + trend.chart(getLocale()) + "</div>"),
                new Paragraph(trend.summary(getLocale())));
        addClassNames("dashboard-trend", "trend-" + DashboardLinks.slug(chosen));
        table.addClassName("trend-table");
        add(Tables.labelled(table));
    }
}
