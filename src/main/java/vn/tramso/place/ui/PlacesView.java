package vn.tramso.place.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.ui.ImportPanel;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.place.Commune;
import vn.tramso.place.CommuneKind;
import vn.tramso.place.PlaceAdmin;
import vn.tramso.place.PlaceImport;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.PlaceRefusedException;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.PlaceService;
import vn.tramso.place.Province;
import vn.tramso.place.Village;
import vn.tramso.place.VillageKind;

/**
 * The place tree, one level at a time (provinces → communes → villages), with the level in the
 * address ({@code ?tinh=…&xa=…}): add, rename, retire and restore, and import or export the whole
 * tree. What each staff member may change is decided by {@link PlaceAdmin}; this screen only
 * offers it. One card per place, so it reads on a phone.
 */
@Route(value = "admin/places", layout = StaffLayout.class)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME, Role.LEADER_NAME})
class PlacesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROVINCE = "tinh";
    static final String COMMUNE = "xa";

    private final PlaceAdmin admin;
    private final PlaceService places;
    private final PlaceImport imports;
    private final PlaceScope scope;
    private Province province;
    private Commune commune;

    PlacesView(PlaceAdmin admin, PlaceService places, PlaceImport imports, PlaceScope scope) {
        this.admin = admin;
        this.places = places;
        this.imports = imports;
        this.scope = scope;
        addClassNames("staff-page", "places-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        StaffUser user = StaffUser.require();
        List<Province> visible = admin.provinces();
        province = id(query, PROVINCE).flatMap(id -> visible.stream().filter(p -> p.id() == id).findFirst())
                .or(() -> user.isAdmin() ? Optional.empty() : visible.stream().findFirst()).orElse(null);
        commune = province == null ? null : id(query, COMMUNE)
                .flatMap(id -> admin.communes(province.id()).stream().filter(c -> c.id() == id).findFirst())
                .or(() -> user.role() == Role.LEADER ? places.commune(user.communeId()) : Optional.empty()).orElse(null);
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("places.title")), breadcrumb());
        try {
            if (commune != null) {
                villages();
            } else if (province != null) {
                communes();
            } else {
                provinces();
            }
        } catch (AccessDeniedException denied) {
            removeAll();
            add(new H1(getTranslation("places.title")), new Span(getTranslation("places.denied")));
            return;
        }
        if (scope.mayImportPlaces()) {
            add(new ImportPanel(getTranslation("places.import"), "dia-ban", PlaceImport.COLUMNS, imports::export,
                    (table, progress) -> imports.preview(table), (table, progress) -> imports.commit(table), this::render));
        }
    }

    private Nav breadcrumb() {
        Nav nav = new Nav();
        nav.addClassName("places-breadcrumb");
        if (StaffUser.require().isAdmin()) {
            nav.add(link(getTranslation("places.all-provinces"), Map.of()));
        }
        if (province != null) {
            nav.add(link(province.name(), Map.of(PROVINCE, String.valueOf(province.id()))));
        }
        if (commune != null) {
            nav.add(link(commune.name(), Map.of(PROVINCE, String.valueOf(province.id()), COMMUNE, String.valueOf(commune.id()))));
        }
        return nav;
    }

    private RouterLink link(String text, Map<String, String> query) {
        RouterLink link = new RouterLink(text, PlacesView.class);
        link.setQueryParameters(QueryParameters.simple(query));
        return link;
    }

    private void provinces() {
        Div cards = cards();
        for (Province p : admin.provinces()) {
            cards.add(card(p.name(), p.code(), null, p.retired(),
                    open(getTranslation("places.open-communes"), Map.of(PROVINCE, String.valueOf(p.id()))),
                    renameButton(PlaceLevel.PROVINCE, p.id(), p.name()), retireButton(PlaceLevel.PROVINCE, p.id(), p.retired())));
        }
        add(new H2(getTranslation("places.provinces")), cards);
        if (scope.mayChangeProvinces()) {
            TextField code = field("places.code", "HY");
            TextField name = field("places.name", "Tỉnh Hưng Yên");
            add(form("places.add-province", () -> admin.addProvince(code.getValue(), name.getValue()), code, name));
        }
    }

    private void communes() {
        Div cards = cards();
        for (Commune c : admin.communes(province.id())) {
            cards.add(card(c.name(), c.code(), c.kind().label(), c.retired(),
                    open(getTranslation("places.open-villages"), Map.of(PROVINCE, String.valueOf(province.id()),
                            COMMUNE, String.valueOf(c.id()))),
                    renameButton(PlaceLevel.COMMUNE, c.id(), c.name()), retireButton(PlaceLevel.COMMUNE, c.id(), c.retired())));
        }
        add(new H2(getTranslation("places.communes-of", province.name())), cards);
        if (scope.mayChangeCommunesOf(province.id())) {
            TextField code = field("places.code", province.code() + "-HQ");
            TextField name = field("places.name", "Xã Hồng Quang");
            Select<CommuneKind> kind = kind(CommuneKind.values(), CommuneKind.XA, CommuneKind::label);
            add(form("places.add-commune", () -> admin.addCommune(province.id(), code.getValue(), name.getValue(), kind.getValue()),
                    code, name, kind));
        }
    }

    private void villages() {
        Div cards = cards();
        for (Village v : admin.villages(commune.id())) {
            cards.add(card(v.name(), v.code(), v.kind().label() + " · " + v.culturalHouse(), v.retired(),
                    renameButton(PlaceLevel.VILLAGE, v.id(), v.name()), houseButton(v),
                    retireButton(PlaceLevel.VILLAGE, v.id(), v.retired())));
        }
        add(new H2(getTranslation("places.villages-of", commune.name())), cards);
        TextField code = field("places.code", commune.code() + "-DONG");
        TextField name = field("places.name", "Thôn Đông");
        Select<VillageKind> kind = kind(VillageKind.values(), VillageKind.THON, VillageKind::label);
        TextField house = field("places.house", "Nhà văn hóa thôn Đông");
        TextField address = field("places.house-address", "");
        add(form("places.add-village", () -> admin.addVillage(commune.id(), code.getValue(), name.getValue(), kind.getValue(),
                house.getValue(), address.getValue()), code, name, kind, house, address));
    }

    private Div card(String title, String code, String detail, boolean retired, Component... actions) {
        Span name = new Span(title);
        name.addClassName("place-card-title");
        Div card = new Div(name, new Span(getTranslation("places.code.is", code)));
        card.addClassNames("kiosk-card", "place-card", "place-" + code);
        if (detail != null) {
            card.add(new Span(detail));
        }
        if (retired) {
            Span badge = new Span(getTranslation("places.retired"));
            badge.addClassName("place-retired");
            card.add(badge);
        }
        Div buttons = new Div(actions);
        buttons.addClassName("kiosk-card-actions");
        card.add(buttons);
        return card;
    }

    private Button open(String text, Map<String, String> query) {
        Button open = new Button(text, e -> getUI().ifPresent(ui -> ui.navigate(PlacesView.class, QueryParameters.simple(query))));
        open.addClassName("place-open");
        return open;
    }

    private Button renameButton(PlaceLevel level, long id, String current) {
        Button rename = new Button(getTranslation("places.rename"), e -> {
            TextField name = field("places.name", "");
            name.setValue(current);
            dialog("places.rename", () -> admin.rename(level, id, name.getValue()), name);
        });
        rename.addClassName("place-rename");
        return rename;
    }

    private Button houseButton(Village village) {
        Button change = new Button(getTranslation("places.house.change"), e -> {
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

    private Button retireButton(PlaceLevel level, long id, boolean retired) {
        Button button = new Button(getTranslation(retired ? "places.restore" : "places.retire"),
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

    private void dialog(String titleKey, Runnable action, Component... fields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.add(new Div(fields));
        Button save = new Button(getTranslation("places.save"), e -> {
            if (act(action)) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("place-save");
        dialog.getFooter().add(new Button(getTranslation("places.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private Div form(String titleKey, Runnable add, Component... fields) {
        Button button = new Button(getTranslation(titleKey), e -> act(add));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("place-add");
        Div form = new Div(new H2(getTranslation(titleKey)), new Div(fields), button);
        form.addClassNames("schedule-form", "place-form");
        return form;
    }

    /** Runs a change; a refusal is said in plain words and changes nothing. */
    private boolean act(Runnable action) {
        try {
            action.run();
            render();
            return true;
        } catch (PlaceRefusedException refused) {
            StaffRefusal.notice(refused);
        } catch (AccessDeniedException denied) {
            StaffRefusal.notice(getTranslation("places.denied"));
        }
        return false;
    }

    private TextField field(String labelKey, String placeholder) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setPlaceholder(placeholder);
        field.addClassName("place-field-" + labelKey.substring(labelKey.indexOf('.') + 1));
        return field;
    }

    private <E extends Enum<E>> Select<E> kind(E[] values, E first, java.util.function.Function<E, String> label) {
        Select<E> kind = new Select<>();
        kind.setLabel(getTranslation("places.kind"));
        kind.setItems(values);
        kind.setItemLabelGenerator(label::apply);
        kind.setValue(first);
        return kind;
    }

    private static Div cards() {
        Div cards = new Div();
        cards.addClassName("kiosk-cards");
        return cards;
    }

    private static Optional<Long> id(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(v -> v.matches("[0-9]{1,12}")).map(Long::valueOf);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("places.title");
    }
}
