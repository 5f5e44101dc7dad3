package vn.tramso.household.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import vn.tramso.base.ui.FormDialog;
import vn.tramso.household.Fact;
import vn.tramso.household.Gender;
import vn.tramso.household.Household;
import vn.tramso.household.HouseholdDetails;
import vn.tramso.household.Member;
import vn.tramso.household.MemberDetails;

/** The forms of a household, a member and a member's status, each in a dialog that stays open until saved. */
final class HouseholdDialogs {

    private HouseholdDialogs() {
    }

    static void household(Household existing, Consumer<HouseholdDetails> save) {
        TextField code = field("households.code", existing == null ? "" : existing.code(), 32);
        code.setRequired(true);
        code.addClassName("household-code");
        TextField head = field("households.head", existing == null ? "" : existing.headName(), 80);
        head.addClassName("household-head");
        TextField hamlet = field("households.hamlet", existing == null ? "" : existing.hamlet(), 80);
        TextField address = field("households.address", existing == null ? "" : existing.addressLine(), 160);
        open(existing == null ? "households.add" : "households.edit", List.of(code, head, hamlet, address),
                () -> save.accept(new HouseholdDetails(code.getValue(), head.getValue(), hamlet.getValue(), address.getValue())));
    }

    static void member(Member existing, Consumer<MemberDetails> save) {
        TextField name = field("members.name", existing == null ? "" : existing.fullName(), 80);
        name.setRequired(true);
        name.addClassName("member-name");
        IntegerField year = new IntegerField(name.getTranslation("members.birth-year"));
        year.setValue(existing == null ? null : existing.birthYear());
        year.setStepButtonsVisible(false);
        year.addClassName("member-year");
        Checkbox adult = new Checkbox(name.getTranslation("members.adult"), existing == null || existing.adult());
        RadioButtonGroup<Gender> gender = new RadioButtonGroup<>(name.getTranslation("members.gender"), Gender.values());
        gender.setItemLabelGenerator(Gender::label);
        gender.setValue(existing == null ? null : existing.gender());
        TextField phone = field("members.phone", existing == null ? "" : existing.phone(), 16);
        phone.setHelperText(name.getTranslation("members.phone.helper"));
        open(existing == null ? "members.add" : "members.edit", List.of(name, year, adult, gender, phone),
                () -> save.accept(new MemberDetails(name.getValue(), year.getValue(), adult.getValue(), gender.getValue(),
                        phone.getValue())));
    }

    /** One choice per status, the current one chosen; saves only what was changed. */
    static void status(Member member, Consumer<Map<Fact, Integer>> save) {
        Map<Fact, RadioButtonGroup<Integer>> choices = new EnumMap<>(Fact.class);
        for (Fact fact : Fact.values()) {
            RadioButtonGroup<Integer> choice = new RadioButtonGroup<>();
            choice.setLabel(choice.getTranslation(fact.labelKey()));
            choice.setItems(IntStream.rangeClosed(0, fact.max()).boxed().toList());
            choice.setItemLabelGenerator(v -> choice.getTranslation(valueKey(fact, v)));
            choice.setValue(member.fact(fact));
            choice.addClassNames("fact-choice", "fact-" + fact.name().toLowerCase().replace('_', '-'));
            choices.put(fact, choice);
        }
        open("members.status", List.copyOf(choices.values()), () -> {
            Map<Fact, Integer> changed = new EnumMap<>(Fact.class);
            choices.forEach((fact, choice) -> {
                if (choice.getValue() != null && choice.getValue() != member.fact(fact)) {
                    changed.put(fact, choice.getValue());
                }
            });
            save.accept(changed);
        });
    }

    /** "Chưa" / "Có", or for VNeID "Chưa có" / "Mức 1" / "Mức 2". */
    static String valueKey(Fact fact, int value) {
        return fact == Fact.VNEID ? "fact.vneid." + value : "fact.value." + value;
    }

    private static TextField field(String key, String value, int max) {
        TextField field = new TextField();
        field.setLabel(field.getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.setMaxLength(max);
        return field;
    }

    private static void open(String titleKey, List<? extends Component> fields, Runnable save) {
        Dialog dialog = new Dialog();
        dialog.addClassName("household-dialog");
        FormDialog.open(dialog, titleKey, fields, save);
    }
}
