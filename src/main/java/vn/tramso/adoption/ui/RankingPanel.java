package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.Overview;
import vn.tramso.base.Formats;
import vn.tramso.place.PlaceLevel;

/** A place's communes or villages ranked by an indicator, each opening its own dashboard, with the biggest rise and fall. */
class RankingPanel extends Div {

    RankingPanel(Overview o, Indicator chosen) {
        List<Overview.Child> ranked = new ArrayList<>(o.children());
        Comparator<Overview.Child> byValue = Comparator.comparing(c -> Optional.ofNullable(chosen.of(c.figures()).value()).orElse(-1.0));
        ranked.sort((chosen.higherIsBetter() ? byValue.reversed() : byValue).thenComparing(c -> c.area().name()));
        NativeTable table = Tables.table(List.of("#", getTranslation(o.area().level() == PlaceLevel.PROVINCE ? "report.commune" : "report.village"),
                getTranslation(chosen.labelKey()), getTranslation("dashboard.parts.header"), getTranslation("dashboard.change")));
        int rank = 1;
        for (Overview.Child c : ranked) {
            Measure now = chosen.of(c.figures());
            Anchor name = new Anchor(DashboardLinks.link(c.area(), o.period(), chosen), c.area().name());
            name.addClassName("drill-down");
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("child-row");
            row.addDataCell().setText(String.valueOf(rank++));
            row.addDataCell().add(name);
            row.addDataCell().setText(IndicatorText.value(getLocale(), chosen, now));
            row.addDataCell().setText(now.numerator() + " / " + now.denominator());
            row.addDataCell().setText(change(chosen, c));
        }
        table.addClassName("children-table");
        add(new H2(getTranslation(o.area().level() == PlaceLevel.PROVINCE ? "dashboard.communes" : "dashboard.villages",
                getTranslation(chosen.labelKey()))), movers(chosen, ranked), Tables.labelled(table));
        addClassName("dashboard-children");
    }

    /** The biggest rise and fall since the period before, in words. */
    private Paragraph movers(Indicator indicator, List<Overview.Child> children) {
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
        Paragraph p = new Paragraph(parts.isEmpty() ? getTranslation("dashboard.movers.none") : String.join(" ", parts));
        p.addClassName("dashboard-movers");
        return p;
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
