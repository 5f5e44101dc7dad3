package vn.tramso.household.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.ImportPanel;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.household.Assignments;
import vn.tramso.household.HouseholdImport;
import vn.tramso.household.HouseholdSummary;
import vn.tramso.household.Households;
import vn.tramso.household.Looker;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Village;

/**
 * The households of a village: find one by code, head, hamlet or member; see what each lacks;
 * add one; give a batch to a "1+10" member; import or export the register. Cards, so it reads on
 * a phone held upright as on a tablet.
 */
@Route(value = "volunteer/households", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class HouseholdsView extends Div implements HasDynamicTitle {

    private final Households households;
    private final Assignments assignments;
    private final Clock clock;
    private final Div cards = new Div();
    private final TextField search = new TextField();
    private final Select<Looker> looker = new Select<>();
    private final Set<Long> chosen = new LinkedHashSet<>();
    private Village village;

    HouseholdsView(Households households, Assignments assignments, HouseholdImport imports, PlaceScope scope, Clock clock) {
        this.households = households;
        this.assignments = assignments;
        this.clock = clock;
        addClassNames("staff-page", "households-view");
        List<Village> villages = scope.villages();
        add(new H1(getTranslation("households.title")));
        if (villages.isEmpty()) {
            add(new Paragraph(getTranslation("households.no-village")));
            return;
        }
        village = villages.getFirst();
        Select<Village> choice = new Select<>();
        choice.setLabel(getTranslation("households.village"));
        choice.setItems(villages);
        choice.setItemLabelGenerator(Village::name);
        choice.setValue(village);
        choice.setVisible(villages.size() > 1);
        choice.addValueChangeListener(e -> {
            village = e.getValue();
            refresh();
        });
        search.setPlaceholder(getTranslation("households.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.addClassName("household-search");
        Button add = new Button(getTranslation("households.add"), e -> HouseholdDialogs.household(null, details -> {
            long id = households.addHousehold(village.id(), details);
            getUI().ifPresent(ui -> ui.navigate(HouseholdView.class, id));
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-household");
        Div tools = new Div(choice, search, add);
        tools.addClassName("queue-actions");
        cards.addClassName("kiosk-cards");
        Details file = new Details(getTranslation("households.file"), new ImportPanel(getTranslation("households.import"),
                "ho-gia-dinh", HouseholdImport.COLUMNS, () -> imports.export(village.id()), imports::preview, imports::commit,
                this::refresh));
        file.addClassName("household-file");
        add(tools, assignBar(), cards, file);
        refresh();
    }

    private Div assignBar() {
        looker.setLabel(getTranslation("households.assign-to"));
        looker.setItemLabelGenerator(l -> getTranslation("households.looker-choice", l.name(), l.households()));
        looker.addClassName("assign-looker");
        Button assign = new Button(getTranslation("households.assign"), e -> {
            if (looker.getValue() == null || chosen.isEmpty()) {
                Notification.show(getTranslation("households.assign.choose"), 4000, Notification.Position.MIDDLE);
                return;
            }
            int moved = assignments.assign(chosen, looker.getValue().userId());
            Notification.show(getTranslation("households.assigned", moved, looker.getValue().name()), 4000,
                    Notification.Position.MIDDLE);
            chosen.clear();
            refresh();
        });
        assign.addClassName("assign-households");
        Div bar = new Div(looker, assign);
        bar.addClassName("queue-actions");
        return bar;
    }

    private void refresh() {
        cards.removeAll();
        LocalDate today = LocalDate.now(clock);
        List<HouseholdSummary> list = households.households(village.id(), search.getValue());
        if (list.isEmpty()) {
            cards.add(new Paragraph(getTranslation("households.none")));
        }
        for (HouseholdSummary h : list) {
            HouseholdCard card = new HouseholdCard(h, today);
            Checkbox pick = new Checkbox(getTranslation("households.pick"), chosen.contains(h.id()));
            pick.addClassName("household-pick");
            pick.addValueChangeListener(e -> {
                if (e.getValue()) {
                    chosen.add(h.id());
                } else {
                    chosen.remove(h.id());
                }
            });
            card.add(pick);
            cards.add(card);
        }
        looker.setItems(assignments.lookers(village.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("households.title");
    }
}
