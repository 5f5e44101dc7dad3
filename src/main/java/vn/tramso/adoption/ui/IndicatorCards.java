package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.TargetStatus;

/** A card per indicator: its value and parts, its target and status, its definition, and a link to its trend. */
class IndicatorCards extends Div {

    IndicatorCards(Overview o) {
        addClassNames("kiosk-cards", "indicator-cards");
        for (Indicator indicator : Indicator.values()) {
            add(card(o, indicator));
        }
    }

    private Div card(Overview o, Indicator indicator) {
        Measure m = indicator.of(o.figures());
        Div card = new Div();
        card.addClassNames("kiosk-card", "indicator-card", "indicator-" + DashboardLinks.slug(indicator));
        Span label = new Span(getTranslation(indicator.labelKey()));
        label.addClassName("kiosk-card-title");
        Span value = new Span(IndicatorText.value(getLocale(), indicator, m));
        value.addClassName("indicator-value");
        card.add(label, value);
        if (indicator.unit() == Indicator.Unit.PERCENT || indicator.unit() == Indicator.Unit.SCORE) {
            Span parts = new Span(getTranslation("dashboard.parts", m.numerator(), m.denominator()));
            parts.addClassName("indicator-parts");
            card.add(parts);
        }
        Double target = o.targets().get(indicator);
        TargetStatus status = o.status(indicator);
        if (target != null) {
            Span against = new Span(getTranslation("dashboard.target", IndicatorText.number(getLocale(), indicator, target))
                    + (status == null ? "" : " · " + getTranslation(status.labelKey())));
            against.addClassNames("indicator-target", status == null ? "no-status" : "status-" + DashboardLinks.slug(status.name()));
            card.add(against);
        }
        Paragraph definition = new Paragraph(getTranslation(indicator.definitionKey()));
        definition.addClassName("indicator-definition");
        Anchor chart = new Anchor(DashboardLinks.link(o.area(), o.period(), indicator), getTranslation("dashboard.show-trend"));
        chart.addClassName("indicator-show-trend");
        card.add(definition, chart);
        return card;
    }
}
