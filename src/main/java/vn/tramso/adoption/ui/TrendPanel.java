package vn.tramso.adoption.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tramso.adoption.Figures;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.Overview;
import vn.tramso.base.Formats;

/** An indicator over the last 12 months: the chart, what it says in one sentence, and the table behind it. */
class TrendPanel extends Div {

    TrendPanel(Overview o, Indicator chosen) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        NativeTable table = Tables.table(List.of(getTranslation("dashboard.month"), getTranslation("report.numerator"),
                getTranslation("report.denominator"), getTranslation("report.value")));
        for (Map.Entry<LocalDate, Figures> month : o.trend().entrySet()) {
            Measure m = chosen.of(month.getValue());
            labels.add(month.getKey().getMonthValue() + "/" + (month.getKey().getYear() % 100));
            values.add(m.value());
            Tables.row(table, Formats.DAY_MONTH.format(month.getKey()).substring(3) + "/" + month.getKey().getYear(),
                    String.valueOf(m.numerator()), String.valueOf(m.denominator()), IndicatorText.value(this, chosen, m));
        }
        String chartTitle = getTranslation("dashboard.trend.title", getTranslation(chosen.labelKey()), o.area().name());
        add(new H2(chartTitle), new Html("<div class=\"chart-box\">" + Charts.line(chartTitle, labels, values,
                o.targets().get(chosen)) + "</div>"), new Paragraph(summary(chosen, labels, values)));
        addClassNames("dashboard-trend", "trend-" + DashboardView.slug(chosen));
        table.addClassName("trend-table");
        add(table);
    }

    /** The chart in one sentence: where it started, where it is, the highest month. */
    private String summary(Indicator indicator, List<String> labels, List<Double> values) {
        int first = -1;
        int best = -1;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                first = first < 0 ? i : first;
                best = best < 0 || values.get(i) > values.get(best) ? i : best;
            }
        }
        int last = values.size() - 1;
        if (first < 0) {
            return getTranslation("dashboard.trend.empty");
        }
        return getTranslation("dashboard.trend.summary", labels.get(first), IndicatorText.number(this, indicator, values.get(first)), labels.get(last),
                values.get(last) == null ? "–" : IndicatorText.number(this, indicator, values.get(last)), labels.get(best), IndicatorText.number(this, indicator, values.get(best)));
    }
}
