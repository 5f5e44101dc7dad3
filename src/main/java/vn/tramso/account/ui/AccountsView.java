package vn.tramso.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.account.AccountRefusedException;
import vn.tramso.account.Accounts;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffRefusal;

/**
 * The accounts the signed-in staff member manages, one card each: create one attached to a place,
 * disable or enable it, give it a new temporary password (shown once). A commune leader sees
 * and creates the volunteers of their villages only; the service decides, this screen offers.
 */
@Route(value = "staff/accounts", layout = StaffLayout.class)
@RolesAllowed({Role.ADMIN_NAME, Role.PROVINCE_ADMIN_NAME, Role.LEADER_NAME})
class AccountsView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final Div cards = new Div();

    AccountsView(Accounts accounts) {
        this.accounts = accounts;
        addClassNames("staff-page", "accounts-view");
        cards.addClassName("kiosk-cards");
        add(new H1(getTranslation("accounts.title")), cards, new H2(getTranslation("accounts.new")), form());
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        long me = StaffUser.require().id();
        for (Accounts.Account a : accounts.accounts()) {
            Span name = new Span(a.displayName());
            name.addClassName("kiosk-card-title");
            Div card = new Div(name, new Span(a.username() + " · " + getTranslation(a.role().labelKey())), new Span(a.place()));
            card.addClassNames("kiosk-card", "account-card", "account-" + a.username());
            if (!a.enabled()) {
                Span off = new Span(getTranslation("accounts.disabled"));
                off.addClassName("place-retired");
                card.add(off);
            }
            Div actions = new Div();
            actions.addClassName("kiosk-card-actions");
            if (a.id() != me) {
                Button toggle = new Button(getTranslation(a.enabled() ? "accounts.disable" : "accounts.enable"),
                        e -> act(() -> accounts.setEnabled(a.id(), !a.enabled())));
                toggle.addClassName(a.enabled() ? "account-disable" : "account-enable");
                Button reset = new Button(getTranslation("accounts.reset"), e -> act(() -> showPassword(a.username(),
                        accounts.resetPassword(a.id()))));
                reset.addClassName("account-reset");
                actions.add(toggle, reset);
            }
            card.add(actions);
            cards.add(card);
        }
    }

    private Div form() {
        TextField username = new TextField(getTranslation("accounts.username"));
        username.setHelperText(getTranslation("accounts.username.helper"));
        username.addClassName("account-username");
        TextField name = new TextField(getTranslation("accounts.name"));
        name.addClassName("account-name");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("accounts.role"));
        List<Role> roles = accounts.rolesToGive();
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.addClassName("account-role");
        Select<Accounts.PlaceChoice> place = new Select<>();
        place.setLabel(getTranslation("accounts.place"));
        place.setItemLabelGenerator(Accounts.PlaceChoice::name);
        place.addClassName("account-place");
        role.addValueChangeListener(e -> {
            List<Accounts.PlaceChoice> choices = e.getValue() == null ? List.of() : accounts.placesFor(e.getValue());
            place.setItems(choices);
            place.setVisible(e.getValue() != Role.ADMIN);
            if (choices.size() == 1) {
                place.setValue(choices.getFirst());
            }
        });
        if (!roles.isEmpty()) {
            role.setValue(roles.getFirst());
        }
        Button create = new Button(getTranslation("accounts.create"), e -> act(() -> {
            String password = accounts.create(new Accounts.NewAccount(username.getValue(), name.getValue(), role.getValue(),
                    place.getValue() == null ? null : place.getValue().id()));
            showPassword(username.getValue().strip().toLowerCase(), password);
            username.clear();
            name.clear();
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("account-create");
        Div form = new Div(username, name, role, place, create);
        form.addClassName("schedule-form");
        return form;
    }

    /** The temporary password, shown this once; it is never stored in clear or shown again. */
    private void showPassword(String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("accounts.password.title", username));
        Span text = new Span(password);
        text.addClassName("temporary-password");
        dialog.add(new Paragraph(getTranslation("accounts.password.how")), text);
        dialog.getFooter().add(new Button(getTranslation("kiosks.close"), e -> dialog.close()));
        dialog.addClassName("password-dialog");
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (AccountRefusedException refused) {
            StaffRefusal.notice(refused);
        } catch (AccessDeniedException denied) {
            StaffRefusal.notice(getTranslation("accounts.denied"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
