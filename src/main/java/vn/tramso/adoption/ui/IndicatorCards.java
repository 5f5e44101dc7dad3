package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.Div;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.TargetStatus;

/**
 * A card per indicator: its value and parts, its target and status, its definition, and a link to
 * its trend; all of them one piece of markup ({@link Markup}).
 */
class IndicatorCards extends Div {

    IndicatorCards(Overview o) {
        addClassNames("kiosk-cards", "indicator-cards");
        Markup m = new Markup();
        for (Indicator indicator : Indicator.values()) {
            card(m, o, indicator);
        }
        m.into(this);
    }

    private void card(Markup m, Overview o, Indicator indicator) {
        Measure measure = indicator.of(o.figures());
        m.open("div", "class", "kiosk-card indicator-card indicator-" + DashboardLinks.slug(indicator))
                .element("span", getTranslation(indicator.labelKey()), "class", "kiosk-card-title")
                .element("span", IndicatorText.value(getLocale(), indicator, measure), "class", "indicator-value");
        if (indicator.unit() == Indicator.Unit.PERCENT || indicator.unit() == Indicator.Unit.SCORE) {
            m.element("span", getTranslation("dashboard.parts", measure.numerator(), measure.denominator()), "class", "indicator-parts");
        }
        Double target = o.targets().get(indicator);
        TargetStatus status = o.status(indicator);
        if (target != null) {
            m.element("span", getTranslation("dashboard.target", IndicatorText.number(getLocale(), indicator, target))
                    + (status == null ? "" : " · " + getTranslation(status.labelKey())),
                    "class", "indicator-target " + (status == null ? "no-status" : "status-" + DashboardLinks.slug(status.name())));
        }
        m.element("p", getTranslation(indicator.definitionKey()), "class", "indicator-definition")
                .element("a", getTranslation("dashboard.show-trend"), "href", DashboardLinks.link(o.area(), o.period(), indicator),
                        "class", "indicator-show-trend")
                .close("div");
    }
}
