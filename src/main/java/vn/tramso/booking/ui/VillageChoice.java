package vn.tramso.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * The cultural houses a signed-in user may work: a volunteer only their own village's, a leader
 * those of their commune, an admin any with a kiosk.
 */
final class VillageChoice {

    private VillageChoice() {
    }

    /** A chooser between the cultural houses, for an admin; a volunteer has one and sees its name. */
    static Component chooser(List<Village> villages, Village current, Consumer<Village> onChange) {
        if (villages.size() == 1) {
            return new Span(current.culturalHouse());
        }
        Select<Village> choice = new Select<>();
        choice.setLabel(choice.getTranslation("queue.village"));
        choice.setItems(villages);
        choice.setItemLabelGenerator(Village::culturalHouse);
        choice.setValue(current);
        choice.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return choice;
    }

    /** The cultural houses with a kiosk the signed-in staff member works at; a volunteer's own village in any case. */
    static List<Village> of(PlaceScope scope, Places places) {
        List<Village> withKiosk = scope.villagesWithKiosk();
        if (!withKiosk.isEmpty()) {
            return withKiosk;
        }
        return Optional.ofNullable(StaffUser.require().villageId()).flatMap(places::village).map(List::of).orElse(List.of());
    }
}
