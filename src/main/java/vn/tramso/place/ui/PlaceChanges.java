package vn.tramso.place.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.place.PlaceEditor;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.PlaceRefusedException;
import vn.tramso.place.Village;

/**
 * What changes a place on the places screen: the add forms, rename and the cultural house in a
 * dialog, retire and restore in one tap. A change that goes through shows the tree again; a
 * refused one changes nothing and says why (decision 012): in the dialog, which stays open with
 * what was typed, or as a notice after a tap or an add form.
 */
class PlaceChanges {

    private final PlaceEditor admin;
    private final Component screen;
    private final Runnable render;

    /**
     * @param screen the places screen, whose language the texts take
     * @param render shows the tree again after a change
     */
    PlaceChanges(PlaceEditor admin, Component screen, Runnable render) {
        this.admin = admin;
        this.screen = screen;
        this.render = render;
    }

    Button rename(PlaceLevel level, long id, String current) {
        Button rename = new Button(screen.getTranslation("places.rename"), e -> {
            TextField name = field("places.name", "");
            name.setValue(current);
            dialog("places.rename", () -> admin.rename(level, id, name.getValue()), name);
        });
        rename.addClassName("place-rename");
        return rename;
    }

    Button house(Village village) {
        Button change = new Button(screen.getTranslation("places.house.change"), e -> {
            TextField house = field("places.house", "");
            house.setValue(village.culturalHouse());
            TextField address = field("places.house-address", "");
            address.setValue(village.culturalHouseAddress() == null ? "" : village.culturalHouseAddress());
            dialog("places.house.change", () -> admin.changeCulturalHouse(village.id(), house.getValue(), address.getValue()),
                    house, address);
        });
        change.addClassName("place-house");
        return change;
    }

    Button retire(PlaceLevel level, long id, boolean retired) {
        Button button = new Button(screen.getTranslation(retired ? "places.restore" : "places.retire"),
                e -> act(() -> {
                    if (retired) {
                        admin.restore(level, id);
                    } else {
                        admin.retire(level, id);
                    }
                }));
        button.addClassName(retired ? "place-restore" : "place-retire");
        return button;
    }

    /** A form under the cards to add a place of the level shown. */
    Div form(String titleKey, Runnable add, Component... fields) {
        Button button = new Button(screen.getTranslation(titleKey), e -> act(add));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("place-add");
        Div form = new Div(new H2(screen.getTranslation(titleKey)), new Div(fields), button);
        form.addClassNames("schedule-form", "place-form");
        return form;
    }

    TextField field(String labelKey, String placeholder) {
        TextField field = new TextField(screen.getTranslation(labelKey));
        field.setPlaceholder(placeholder);
        field.addClassName("place-field-" + labelKey.substring(labelKey.indexOf('.') + 1));
        return field;
    }

    <E extends Enum<E>> Select<E> kind(E[] values, E first, Function<E, String> label) {
        Select<E> kind = new Select<>();
        kind.setLabel(screen.getTranslation("places.kind"));
        kind.setItems(values);
        kind.setItemLabelGenerator(label::apply);
        kind.setValue(first);
        return kind;
    }

    private void dialog(String titleKey, Runnable action, Component... fields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(screen.getTranslation(titleKey));
        StaffRefusal refusal = new StaffRefusal();
        dialog.add(new Div(fields), refusal);
        Button save = new Button(screen.getTranslation("places.save"), e -> {
            try {
                action.run();
                render.run();
                dialog.close();
            } catch (PlaceRefusedException refused) {
                refusal.show(refused);
            } catch (AccessDeniedException denied) {
                refusal.show(screen.getTranslation("places.denied"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("place-save");
        dialog.getFooter().add(new Button(screen.getTranslation("places.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Runs a change; a refusal is said in plain words and changes nothing. */
    private void act(Runnable action) {
        try {
            action.run();
            render.run();
        } catch (PlaceRefusedException refused) {
            StaffRefusal.notice(refused);
        } catch (AccessDeniedException denied) {
            StaffRefusal.notice(screen.getTranslation("places.denied"));
        }
    }
}
