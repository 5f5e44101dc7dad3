package vn.tramso.concern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import vn.tramso.base.Formats;
import vn.tramso.base.ui.Chips;
import vn.tramso.base.ui.FormDialog;
import vn.tramso.concern.Concern;
import vn.tramso.concern.ConcernCategory;
import vn.tramso.concern.ConcernEvent;
import vn.tramso.concern.ConcernSource;
import vn.tramso.concern.Concerns;
import vn.tramso.concern.NewConcern;
import vn.tramso.household.HouseholdSummary;
import vn.tramso.household.Households;
import vn.tramso.notification.SmsCost;
import vn.tramso.place.Village;

/** The forms of the concerns diary, each in a dialog that stays open with the reason when refused. */
final class ConcernDialogs {

    private ConcernDialogs() {
    }

    /** A new concern: category and where it was heard as chips, the text, the household and a phone if the resident wants an answer. */
    static void record(Village village, Households households, Consumer<NewConcern> save, Runnable after) {
        Dialog dialog = new Dialog();
        Chips<ConcernCategory> category = Chips.of(dialog.getTranslation("concerns.category"), ConcernCategory.values(),
                c -> dialog.getTranslation(c.labelKey()), false);
        category.addClassName("concern-category");
        Chips<ConcernSource> source = new Chips<>(dialog.getTranslation("concerns.source"),
                List.of(ConcernSource.HOME_VISIT, ConcernSource.SESSION, ConcernSource.PHONE), s -> dialog.getTranslation(s.labelKey()),
                s -> s.name().toLowerCase().replace('_', '-'), false);
        source.set(ConcernSource.HOME_VISIT);
        TextArea text = new TextArea(dialog.getTranslation("concerns.text"));
        text.setMaxLength(Concerns.MAX_TEXT);
        text.setHelperText(dialog.getTranslation("concerns.text.helper"));
        text.addClassName("concern-text");
        Select<HouseholdSummary> household = new Select<>();
        household.setLabel(dialog.getTranslation("concerns.household"));
        household.setItems(households.households(village.id(), ""));
        household.setItemLabelGenerator(h -> h == null ? dialog.getTranslation("concerns.no-household")
                : h.code() + (h.headName() == null ? "" : " · " + h.headName()));
        household.setEmptySelectionAllowed(true);
        household.setEmptySelectionCaption(dialog.getTranslation("concerns.no-household"));
        TextField phone = new TextField(dialog.getTranslation("concerns.phone"));
        phone.setHelperText(dialog.getTranslation("concerns.phone.helper"));
        phone.setMaxLength(16);
        open(dialog, "concerns.new", List.of(new Paragraph(village.name()), category, text, source, household, phone), () -> {
            save.accept(new NewConcern(village.id(), category.value().orElse(null), text.getValue(), source.value().orElse(null),
                    household.getValue() == null ? null : household.getValue().id(), null, phone.getValue()));
            after.run();
        });
    }

    /**
     * The answer to a concern; when the resident left a phone, what the SMS costs is shown under the
     * text as one types (characters and SMS parts, from {@code smsCost}), and hidden when the SMS is unticked.
     */
    static void answer(Concern concern, Function<String, SmsCost.Parts> smsCost, BiConsumer<String, Boolean> save, Runnable after) {
        Dialog dialog = new Dialog();
        TextArea answer = new TextArea(dialog.getTranslation("concerns.answer-text"));
        answer.setMaxLength(1000);
        answer.addClassName("concern-answer-text");
        Checkbox sms = new Checkbox(dialog.getTranslation("concerns.sms"), concern.contactPhone() != null);
        sms.setEnabled(concern.contactPhone() != null);
        sms.setVisible(concern.contactPhone() != null);
        sms.addClassName("concern-sms");
        Paragraph cost = new Paragraph();
        cost.addClassName("concern-sms-cost");
        Runnable count = () -> {
            SmsCost.Parts parts = smsCost.apply(answer.getValue());
            cost.setText(dialog.getTranslation(parts.unicode() ? "concerns.sms-cost-unicode" : "concerns.sms-cost", parts.characters(),
                    parts.parts()));
            cost.setVisible(sms.getValue());
        };
        answer.setValueChangeMode(ValueChangeMode.EAGER);
        answer.addValueChangeListener(e -> count.run());
        sms.addValueChangeListener(e -> count.run());
        count.run();
        open(dialog, "concerns.answer", List.of(new Paragraph(concern.text()), answer, sms, cost), () -> {
            save.accept(answer.getValue(), sms.getValue());
            after.run();
        });
    }

    static void refer(Consumer<String> save, Runnable after) {
        Dialog dialog = new Dialog();
        TextField where = new TextField(dialog.getTranslation("concerns.refer-to"));
        where.setMaxLength(160);
        where.addClassName("concern-refer-to");
        open(dialog, "concerns.refer", List.of(where), () -> {
            save.accept(where.getValue());
            after.run();
        });
    }

    static void duplicate(List<Concern> candidates, LongConsumer save, Runnable after) {
        Dialog dialog = new Dialog();
        Select<Concern> original = new Select<>();
        original.setLabel(dialog.getTranslation("concerns.duplicate-choose"));
        original.setItems(candidates);
        original.setItemLabelGenerator(c -> "#" + c.id() + " · " + Formats.date(c.createdAt().toLocalDate()) + " · "
                + (c.text().length() > 60 ? c.text().substring(0, 60) + "…" : c.text()));
        open(dialog, "concerns.duplicate", List.of(original), () -> {
            if (original.getValue() != null) {
                save.accept(original.getValue().id());
                after.run();
            }
        });
    }

    static void journal(List<ConcernEvent> events) {
        Dialog dialog = new Dialog();
        dialog.addClassName("concern-journal-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("concerns.journal"));
        UnorderedList list = new UnorderedList();
        for (ConcernEvent e : events) {
            list.add(new ListItem(Formats.dateTime(e.at()) + " · " + dialog.getTranslation(e.to().labelKey()) + " · "
                    + (e.by() == null ? dialog.getTranslation("concerns.by-kiosk") : e.by()) + (e.note() == null ? "" : " — " + e.note())));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(dialog.getTranslation("households.close"), e -> dialog.close()));
        dialog.open();
    }

    /** The commune's due time per category, in days. */
    static void dueDays(Concerns concerns, Village village) {
        Dialog dialog = new Dialog();
        Map<ConcernCategory, IntegerField> fields = new EnumMap<>(ConcernCategory.class);
        List<Component> rows = new ArrayList<>();
        concerns.dueDays(village.communeId()).forEach((category, days) -> {
            IntegerField field = new IntegerField(dialog.getTranslation(category.labelKey()));
            field.setMin(1);
            field.setMax(90);
            field.setValue(days);
            field.setStepButtonsVisible(true);
            fields.put(category, field);
            rows.add(field);
        });
        open(dialog, "concerns.due", rows, () -> fields.forEach((category, field) -> {
            if (field.getValue() != null) {
                concerns.setDueDays(village.communeId(), category, Math.clamp(field.getValue(), 1, 90));
            }
        }));
    }

    private static void open(Dialog dialog, String titleKey, List<? extends Component> fields, Runnable save) {
        dialog.addClassName("concern-dialog");
        FormDialog.open(dialog, titleKey, fields, save);
    }
}
