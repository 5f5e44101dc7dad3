package vn.tramso.place.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
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
import vn.tramso.place.Commune;
import vn.tramso.place.CommuneKind;
import vn.tramso.place.PlaceEditor;
import vn.tramso.place.PlaceImport;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Province;
import vn.tramso.place.ProvinceId;
import vn.tramso.place.Village;
import vn.tramso.place.VillageKind;

/**
 * The place tree, one level at a time (provinces → communes → villages), with the level in the
 * address ({@code ?tinh=…&xa=…}): add, rename, retire and restore, and import or export the whole
 * tree. What each staff member may change is decided by {@link PlaceEditor}; this screen only
 * offers it. One card per place, so it reads on a phone.
 */
@Route(value = "admin/places", layout = StaffLayout.class)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME, Role.LEADER_NAME})
class PlacesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROVINCE = "tinh";
    static final String COMMUNE = "xa";

    private final PlaceEditor admin;
    private final Places places;
    private final PlaceImport imports;
    private final PlaceScope scope;
    private final PlaceChanges changes;
    private Province province;
    private Commune commune;

    PlacesView(PlaceEditor admin, Places places, PlaceImport imports, PlaceScope scope) {
        this.admin = admin;
        this.places = places;
        this.imports = imports;
        this.scope = scope;
        this.changes = new PlaceChanges(admin, this, this::render);
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
                    changes.rename(PlaceLevel.PROVINCE, p.id(), p.name()), changes.retire(PlaceLevel.PROVINCE, p.id(), p.retired())));
        }
        add(new H2(getTranslation("places.provinces")), cards);
        if (scope.mayChangeProvinces()) {
            TextField code = changes.field("places.code", "HY");
            TextField name = changes.field("places.name", "Tỉnh Hưng Yên");
            add(changes.form("places.add-province", () -> admin.addProvince(code.getValue(), name.getValue()), code, name));
        }
    }

    private void communes() {
        Div cards = cards();
        for (Commune c : admin.communes(province.id())) {
            cards.add(card(c.name(), c.code(), c.kind().label(), c.retired(),
                    open(getTranslation("places.open-villages"), Map.of(PROVINCE, String.valueOf(province.id()),
                            COMMUNE, String.valueOf(c.id()))),
                    changes.rename(PlaceLevel.COMMUNE, c.id(), c.name()), changes.retire(PlaceLevel.COMMUNE, c.id(), c.retired())));
        }
        add(new H2(getTranslation("places.communes-of", province.name())), cards);
        if (scope.mayChangeCommunesOf(new ProvinceId(province.id()))) {
            TextField code = changes.field("places.code", province.code() + "-HQ");
            TextField name = changes.field("places.name", "Xã Hồng Quang");
            Select<CommuneKind> kind = changes.kind(CommuneKind.values(), CommuneKind.XA, CommuneKind::label);
            add(changes.form("places.add-commune", () -> admin.addCommune(province.id(), code.getValue(), name.getValue(), kind.getValue()),
                    code, name, kind));
        }
    }

    private void villages() {
        Div cards = cards();
        for (Village v : admin.villages(commune.id())) {
            cards.add(card(v.name(), v.code(), v.kind().label() + " · " + v.culturalHouse(), v.retired(),
                    changes.rename(PlaceLevel.VILLAGE, v.id(), v.name()), changes.house(v),
                    changes.retire(PlaceLevel.VILLAGE, v.id(), v.retired())));
        }
        add(new H2(getTranslation("places.villages-of", commune.name())), cards);
        TextField code = changes.field("places.code", commune.code() + "-DONG");
        TextField name = changes.field("places.name", "Thôn Đông");
        Select<VillageKind> kind = changes.kind(VillageKind.values(), VillageKind.THON, VillageKind::label);
        TextField house = changes.field("places.house", "Nhà văn hóa thôn Đông");
        TextField address = changes.field("places.house-address", "");
        add(changes.form("places.add-village", () -> admin.addVillage(commune.id(), code.getValue(), name.getValue(), kind.getValue(),
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
