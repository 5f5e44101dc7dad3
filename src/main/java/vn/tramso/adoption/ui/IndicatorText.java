package vn.tramso.adoption.ui;

import com.vaadin.flow.component.Component;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.base.Formats;

/** An indicator's figure as the dashboards write it: "57,1%", "4,5/5", "45 phút", "16", or a dash for none. */
final class IndicatorText {

    private IndicatorText() {
    }

    static String value(Component screen, Indicator indicator, Measure m) {
        return m.value() == null ? "–" : number(screen, indicator, m.value());
    }

    static String number(Component screen, Indicator indicator, double v) {
        return switch (indicator.unit()) {
            case PERCENT -> Formats.decimal(v) + "%";
            case SCORE -> Formats.decimal(v) + "/5";
            case MINUTES -> screen.getTranslation("dashboard.minutes", Math.round(v));
            case COUNT -> String.valueOf(Math.round(v));
        };
    }
}
