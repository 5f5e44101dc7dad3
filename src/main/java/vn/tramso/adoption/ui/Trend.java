package vn.tramso.adoption.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tramso.adoption.Figures;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.Overview;
import vn.tramso.base.Messages;

/**
 * An indicator over an overview's last 12 months, as the dashboard and the PDF report show it: the
 * chart, what it says in one sentence, and the table behind it.
 */
record Trend(Overview overview, Indicator indicator, List<LocalDate> months, List<Measure> measures) {

    static Trend of(Overview o, Indicator indicator) {
        List<LocalDate> months = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (Map.Entry<LocalDate, Figures> month : o.trend().entrySet()) {
            months.add(month.getKey());
            measures.add(indicator.of(month.getValue()));
        }
        return new Trend(o, indicator, months, measures);
    }

    String title(Locale locale) {
        return Messages.in(locale, "dashboard.trend.title", Messages.in(locale, indicator.labelKey()), overview.area().name());
    }

    /** The line over the months, with the year's target dashed where one is set. */
    String chart(Locale locale) {
        return Charts.line(title(locale), months.stream().map(Trend::label).toList(), values(), overview.targets().get(indicator));
    }

    /** "03/2026": a month in the table behind the chart. */
    static String monthYear(LocalDate month) {
        return "%02d/%d".formatted(month.getMonthValue(), month.getYear());
    }

    /** The chart in one sentence: where it started, where it is, the highest month. */
    String summary(Locale locale) {
        List<Double> values = values();
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
            return Messages.in(locale, "dashboard.trend.empty");
        }
        return Messages.in(locale, "dashboard.trend.summary", label(months.get(first)), number(locale, values.get(first)),
                label(months.get(last)), values.get(last) == null ? "–" : number(locale, values.get(last)), label(months.get(best)),
                number(locale, values.get(best)));
    }

    private List<Double> values() {
        return measures.stream().map(Measure::value).toList();
    }

    private String number(Locale locale, double v) {
        return IndicatorText.number(locale, indicator, v);
    }

    /** "12/26": a month under the chart's x axis. */
    private static String label(LocalDate month) {
        return month.getMonthValue() + "/" + (month.getYear() % 100);
    }
}
