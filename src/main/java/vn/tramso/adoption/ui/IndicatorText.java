package vn.tramso.adoption.ui;

import java.util.Locale;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Measure;
import vn.tramso.base.Formats;
import vn.tramso.base.Messages;

/**
 * An indicator's figure as the dashboards and reports write it: "57,1%", "4,5/5", "45 phút", "16",
 * or a dash for none.
 */
final class IndicatorText {

    private IndicatorText() {
    }

    static String value(Locale locale, Indicator indicator, Measure m) {
        return m.value() == null ? "–" : number(locale, indicator, m.value());
    }

    static String number(Locale locale, Indicator indicator, double v) {
        return switch (indicator.unit()) {
            case PERCENT -> Formats.decimal(v) + "%";
            case SCORE -> Formats.decimal(v) + "/5";
            case MINUTES -> Messages.in(locale, "dashboard.minutes", Math.round(v));
            case COUNT -> String.valueOf(Math.round(v));
        };
    }
}
