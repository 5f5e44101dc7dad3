package vn.tramso.volunteer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.tramso.account.UserAccount;
import vn.tramso.base.security.Role;
import vn.tramso.place.PlaceService;
import vn.tramso.place.Village;

/**
 * The cultural houses a signed-in user may work: a volunteer only their own village's, an admin
 * any with a kiosk.
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

    static List<Village> of(UserAccount user, PlaceService places) {
        if (user.role() == Role.ADMIN) {
            return places.villagesWithKiosk();
        }
        return Optional.ofNullable(user.villageId()).flatMap(places::village).map(List::of).orElse(List.of());
    }
}
