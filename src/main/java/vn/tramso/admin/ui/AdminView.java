package vn.tramso.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import vn.tramso.base.Formats;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.Greeting;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.guide.KioskConfigReloads;
import vn.tramso.guide.ReloadResult;
import vn.tramso.place.KioskOverview;
import vn.tramso.place.Places;

/** The admin's area: reload kiosk-config without a restart and see what is wrong in it; the kiosks. */
@Route(value = "admin", layout = StaffLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
class AdminView extends Div implements HasDynamicTitle {

    private final GuideCatalog catalog;
    private final Clock clock;
    private final Div status = new Div();

    AdminView(GuideCatalog catalog, KioskConfigReloads reloads, Places places, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        addClassName("admin");
        Button reload = new Button(getTranslation("admin.reload"), e -> show(reloads.reloadEverywhere()));
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.addClassName("reload-button");
        status.addClassName("reload-status");
        add(new Greeting(getTranslation("admin.purpose")),
                new H2(getTranslation("admin.config")), reload, status,
                new H2(getTranslation("admin.kiosks")), kiosks(places));
        show(catalog.lastReload());
    }

    private void show(ReloadResult result) {
        status.removeAll();
        status.getElement().setAttribute("role", "status");
        status.setClassName("reload-status " + (result.succeeded() ? "ok" : "failed"));
        String at = Formats.dateTime(LocalDateTime.ofInstant(result.at(), clock.getZone()));
        if (result.succeeded()) {
            status.add(new Paragraph(getTranslation("admin.reload.ok", at, result.kiosks(), result.guides())));
            return;
        }
        status.add(new Paragraph(getTranslation("admin.reload.failed", at, result.problems().size())));
        UnorderedList problems = new UnorderedList();
        problems.addClassName("reload-problems");
        result.problems().forEach(p -> problems.add(new ListItem(p.toString())));
        status.add(problems);
    }

    /** One card per kiosk, its lines wrapping on a phone: where it stands, its code, whether kiosk-config has its settings. */
    private Div kiosks(Places places) {
        Div cards = new Div();
        cards.addClassName("kiosk-cards");
        for (KioskOverview k : places.kiosks()) {
            Span house = new Span(k.culturalHouse());
            house.addClassName("kiosk-card-title");
            Span settings = new Span(getTranslation("admin.kiosk.config") + ": "
                    + getTranslation(catalog.kiosk(k.code()).isPresent() ? "admin.kiosk.configured" : "admin.kiosk.unconfigured"));
            Div card = new Div(house, new Span(k.communeName() + ", " + k.provinceName()),
                    new Span(getTranslation("kiosks.code", k.code())), settings);
            card.addClassNames("kiosk-card", "kiosk-" + k.code());
            cards.add(card);
        }
        return cards;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.nav.admin");
    }
}
