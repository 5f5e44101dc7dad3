package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.Overview;
import vn.tramso.base.Formats;
import vn.tramso.place.PlaceLevel;

/**
 * A place's communes or villages ranked by an indicator, each opening its own dashboard, with the
 * biggest rise and fall: one piece of markup ({@link Markup}).
 */
class RankingPanel extends Div {

    RankingPanel(Overview o, Indicator chosen) {
        List<Overview.Child> ranked = new ArrayList<>(o.children());
        Comparator<Overview.Child> byValue = Comparator.comparing(c -> Optional.ofNullable(chosen.of(c.figures()).value()).orElse(-1.0));
        ranked.sort((chosen.higherIsBetter() ? byValue.reversed() : byValue).thenComparing(c -> c.area().name()));
        String header = getTranslation(o.area().level() == PlaceLevel.PROVINCE ? "dashboard.communes" : "dashboard.villages",
                getTranslation(chosen.labelKey()));
        Markup m = new Markup().element("h2", header).element("p", movers(chosen, ranked), "class", "dashboard-movers");
        Tables table = new Tables(m, "children-table", List.of("#",
                getTranslation(o.area().level() == PlaceLevel.PROVINCE ? "report.commune" : "report.village"),
                getTranslation(chosen.labelKey()), getTranslation("dashboard.parts.header"), getTranslation("dashboard.change")));
        int rank = 1;
        for (Overview.Child c : ranked) {
            Measure now = chosen.of(c.figures());
            table.startRow("child-row").cell(String.valueOf(rank++))
                    .link(DashboardLinks.link(c.area(), o.period(), chosen), c.area().name(), "drill-down")
                    .cell(IndicatorText.value(getLocale(), chosen, now)).cell(now.numerator() + " / " + now.denominator())
                    .cell(change(chosen, c)).endRow();
        }
        table.end().into(this);
        addClassName("dashboard-children");
    }

    /** The biggest rise and fall since the period before, in words. */
    private String movers(Indicator indicator, List<Overview.Child> children) {
        Overview.Child up = null;
        Overview.Child down = null;
        for (Overview.Child c : children) {
            Double d = delta(indicator, c);
            if (d != null && d > 0 && (up == null || d > delta(indicator, up))) {
                up = c;
            }
            if (d != null && d < 0 && (down == null || d < delta(indicator, down))) {
                down = c;
            }
        }
        List<String> parts = new ArrayList<>();
        if (up != null) {
            parts.add(getTranslation("dashboard.movers.up", up.area().name(), change(indicator, up)));
        }
        if (down != null) {
            parts.add(getTranslation("dashboard.movers.down", down.area().name(), change(indicator, down)));
        }
        return parts.isEmpty() ? getTranslation("dashboard.movers.none") : String.join(" ", parts);
    }

    private static Double delta(Indicator indicator, Overview.Child c) {
        Double now = indicator.of(c.figures()).value();
        Double before = c.previous() == null ? null : indicator.of(c.previous()).value();
        return now == null || before == null ? null : now - before;
    }

    private String change(Indicator indicator, Overview.Child c) {
        Double d = delta(indicator, c);
        if (d == null) {
            return "–";
        }
        String sign = d > 0 ? "+" : d < 0 ? "−" : "±";
        return sign + (indicator.unit() == Indicator.Unit.PERCENT ? getTranslation("dashboard.points", Formats.decimal(Math.abs(d)))
                : IndicatorText.number(getLocale(), indicator, Math.abs(d)));
    }
}
