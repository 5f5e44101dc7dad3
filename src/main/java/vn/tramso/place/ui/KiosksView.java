package vn.tramso.place.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tramso.base.Formats;
import vn.tramso.base.QrCodes;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.place.EnrolmentCode;
import vn.tramso.place.KioskDevice;
import vn.tramso.place.KioskDevices;
import vn.tramso.place.KioskOverview;
import vn.tramso.place.PlaceEditor;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * The admin's kiosks: add a kiosk to a cultural house, issue a one-time enrolment code (with its
 * QR code) for the browser that will be the kiosk, and see and revoke the browsers enrolled.
 * One card per kiosk, so it reads on a phone as well as a desk.
 */
@Route(value = "admin/kiosks", layout = StaffLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
class KiosksView extends Div implements HasDynamicTitle {

    private final Places places;
    private final PlaceEditor admin;
    private final KioskDevices devices;
    private final Div cards = new Div();

    KiosksView(Places places, PlaceEditor admin, KioskDevices devices) {
        this.places = places;
        this.admin = admin;
        this.devices = devices;
        addClassNames("staff-page", "kiosks-view");
        cards.addClassName("kiosk-cards");
        add(new H1(getTranslation("kiosks.title")), new Paragraph(getTranslation("kiosks.intro")), cards,
                new H2(getTranslation("kiosks.add")), addForm());
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        places.kiosks().forEach(k -> cards.add(card(k)));
    }

    private Div card(KioskOverview kiosk) {
        Span house = new Span(kiosk.culturalHouse());
        house.addClassName("kiosk-card-title");
        Span where = new Span(kiosk.communeName() + ", " + kiosk.provinceName());
        Span code = new Span(getTranslation("kiosks.code", kiosk.code()));
        List<KioskDevice> enrolled = devices.devices(kiosk.code());
        long active = enrolled.stream().filter(d -> !d.revoked()).count();
        Span state = new Span(getTranslation(kiosk.active() ? "kiosks.devices" : "kiosks.inactive", active));
        Button issue = new Button(getTranslation("kiosks.issue"), e -> showCode(devices.issueCode(kiosk.code())));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClassName("issue-code");
        issue.setEnabled(kiosk.active());
        Button list = new Button(getTranslation("kiosks.list-devices", enrolled.size()), e -> showDevices(kiosk));
        list.addClassName("list-devices");
        Div actions = new Div(issue, list);
        actions.addClassName("kiosk-card-actions");
        Div card = new Div(house, where, code, state, actions);
        card.addClassNames("kiosk-card", "kiosk-" + kiosk.code());
        return card;
    }

    /** The code, its address and its QR code, shown this once: only its hash is kept. */
    private void showCode(EnrolmentCode code) {
        String url = ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .path(code.path()).toUriString();
        Dialog dialog = new Dialog();
        dialog.addClassName("enrolment-dialog");
        dialog.setHeaderTitle(getTranslation("kiosks.code.title"));
        Span text = new Span(code.code());
        text.addClassName("enrolment-code");
        Span address = new Span(url);
        address.addClassName("enrolment-url");
        Html qr = new Html("<div class=\"enrolment-qr\">" + QrCodes.svg(url, getTranslation("kiosks.code.qr")) + "</div>");
        dialog.add(new Paragraph(getTranslation("kiosks.code.how")), text, qr, address,
                new Paragraph(getTranslation("kiosks.code.expires", Formats.dateTime(code.expiresAt()))));
        Button close = new Button(getTranslation("kiosks.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void showDevices(KioskOverview kiosk) {
        Dialog dialog = new Dialog();
        dialog.addClassName("devices-dialog");
        dialog.setHeaderTitle(getTranslation("kiosks.devices.title", kiosk.culturalHouse()));
        Div list = new Div();
        list.addClassName("device-list");
        fillDevices(list, kiosk);
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("kiosks.close"), e -> dialog.close()));
        dialog.addOpenedChangeListener(e -> refresh());
        dialog.open();
    }

    private void fillDevices(Div list, KioskOverview kiosk) {
        list.removeAll();
        List<KioskDevice> enrolled = devices.devices(kiosk.code());
        if (enrolled.isEmpty()) {
            list.add(new Paragraph(getTranslation("kiosks.devices.none")));
        }
        for (KioskDevice d : enrolled) {
            Div row = new Div();
            row.addClassName("device-row");
            row.add(new Span(getTranslation("kiosks.device.enrolled", Formats.dateTime(d.enrolledAt()),
                    getTranslation("CODE".equals(d.enrolledVia()) ? "kiosks.via.code" : "kiosks.via.local_demo"))));
            row.add(new Span(getTranslation("kiosks.device.seen", Formats.dateTime(d.lastSeenAt()))));
            if (d.browser() != null) {
                Span browser = new Span(d.browser());
                browser.addClassName("device-browser");
                row.add(browser);
            }
            if (d.revoked()) {
                Span revoked = new Span(getTranslation("kiosks.device.revoked", Formats.dateTime(d.revokedAt())));
                revoked.addClassName("device-revoked");
                row.add(revoked);
            } else {
                Button revoke = new Button(getTranslation("kiosks.revoke"), e -> {
                    devices.revoke(d.id());
                    Notification.show(getTranslation("kiosks.revoked"), 4000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    fillDevices(list, kiosk);
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                revoke.addClassName("revoke-device");
                row.add(revoke);
            }
            list.add(row);
        }
    }

    private Div addForm() {
        TextField code = new TextField(getTranslation("kiosks.new.code"));
        code.setHelperText(getTranslation("kiosks.new.code.helper"));
        code.addClassName("new-kiosk-code");
        code.setPattern(Places.KIOSK_CODE.pattern());
        Select<Village> village = new Select<>();
        village.setLabel(getTranslation("kiosks.new.village"));
        village.setItems(places.villages());
        village.setItemLabelGenerator(Village::culturalHouse);
        village.addClassName("new-kiosk-village");
        Button add = new Button(getTranslation("kiosks.new.add"), e -> {
            if (village.getValue() == null) {
                village.setInvalid(true);
                village.setErrorMessage(getTranslation("kiosks.new.village.missing"));
                return;
            }
            try {
                admin.addKiosk(code.getValue().strip(), village.getValue().id());
                code.clear();
                code.setInvalid(false);
                refresh();
            } catch (IllegalArgumentException refused) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("kiosks.new.code.refused"));
            }
        });
        add.addClassName("add-kiosk");
        Div form = new Div(code, village, add);
        form.addClassName("schedule-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosks.title");
    }
}
