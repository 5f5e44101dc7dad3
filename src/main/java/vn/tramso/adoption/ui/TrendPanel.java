package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.Overview;

/**
 * An indicator over the last 12 months: the chart, what it says in one sentence, and the table
 * behind it, written as one piece of markup ({@link Markup}).
 */
class TrendPanel extends Div {

    TrendPanel(Overview o, Indicator chosen) {
        Trend trend = Trend.of(o, chosen);
        Markup m = new Markup().element("h2", trend.title(getLocale())).open("div", "class", "chart-box").trusted(trend.chart(getLocale()))
                .close("div").element("p", trend.summary(getLocale()));
        Tables table = new Tables(m, "trend-table", List.of(getTranslation("dashboard.month"), getTranslation("report.numerator"),
                getTranslation("report.denominator"), getTranslation("report.value")));
        for (int i = 0; i < trend.months().size(); i++) {
            Measure measure = trend.measures().get(i);
            table.row(Trend.monthYear(trend.months().get(i)), String.valueOf(measure.numerator()), String.valueOf(measure.denominator()),
                    IndicatorText.value(getLocale(), chosen, measure));
        }
        table.end().into(this);
        addClassNames("dashboard-trend", "trend-" + DashboardLinks.slug(chosen));
    }
}
