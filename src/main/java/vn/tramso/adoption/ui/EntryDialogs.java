package vn.tramso.adoption.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.CommuneDossiers;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Targets;
import vn.tramso.base.ui.FormDialog;

/** What a leader enters from the dashboard: a year's target for an indicator, and the commune's own dossiers of a month. */
final class EntryDialogs {

    private EntryDialogs() {
    }

    /** A target for one indicator of this place and year ({@code set}: the targets set now); an empty value removes it. */
    static void target(Area area, int year, Map<Indicator, Double> set, Targets targets) {
        Dialog dialog = new Dialog();
        Select<Indicator> indicator = new Select<>();
        indicator.setLabel(dialog.getTranslation("dashboard.target.indicator"));
        indicator.setItems(Arrays.stream(Indicator.values()).filter(Indicator::takesTarget).toList());
        indicator.setItemLabelGenerator(i -> dialog.getTranslation(i.labelKey()));
        indicator.addClassName("target-indicator");
        NumberField value = new NumberField(dialog.getTranslation("dashboard.target.value"));
        value.addClassName("target-value");
        indicator.addValueChangeListener(e -> value.setValue(set.get(e.getValue())));
        indicator.setValue(Indicator.VNEID_LEVEL_2);
        FormDialog.open(dialog, "dashboard.target.title", List.of(indicator, value), () -> {
            targets.set(area, indicator.getValue(), year, value.getValue());
            UI.getCurrent().getPage().reload();
        });
    }

    /** The commune's own dossiers of a month of the last twelve, from its records: in all, and of those online. */
    static void dossiers(Area area, CommuneDossiers dossiers, Clock clock) {
        Dialog dialog = new Dialog();
        LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);
        Select<LocalDate> month = new Select<>();
        month.setLabel(dialog.getTranslation("dossiers.month"));
        month.setItems(Stream.iterate(thisMonth, m -> m.minusMonths(1)).limit(12).toList());
        month.setItemLabelGenerator(Trend::monthYear);
        month.addClassName("dossiers-month");
        IntegerField received = new IntegerField(dialog.getTranslation("dossiers.received"));
        received.addClassName("dossiers-received");
        IntegerField online = new IntegerField(dialog.getTranslation("dossiers.online"));
        online.addClassName("dossiers-online");
        month.addValueChangeListener(e -> {
            var entered = dossiers.of(area, e.getValue());
            received.setValue(entered.map(CommuneDossiers.Month::received).orElse(null));
            online.setValue(entered.map(CommuneDossiers.Month::online).orElse(null));
        });
        month.setValue(thisMonth.minusMonths(1));
        FormDialog.open(dialog, "dossiers.title", List.of(month, received, online), () -> {
            dossiers.set(area, month.getValue(), received.isEmpty() ? -1 : received.getValue(),
                    online.isEmpty() ? -1 : online.getValue());
            UI.getCurrent().getPage().reload();
        });
    }
}
