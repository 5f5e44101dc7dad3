package vn.tramso.household.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Stream;
import vn.tramso.base.Formats;
import vn.tramso.base.People;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.household.Assignment;
import vn.tramso.household.Assignments;
import vn.tramso.household.Fact;
import vn.tramso.household.FactRecord;
import vn.tramso.household.Household;
import vn.tramso.household.HouseholdRefusedException;
import vn.tramso.household.Households;
import vn.tramso.household.Member;
import vn.tramso.household.MemberRecord;

/**
 * One household: its members with their digital status at a glance, the status set by hand (the
 * volunteer recorded as its source), a member's own data shown or erased on request, and who has
 * looked after the household.
 */
@Route(value = "volunteer/household", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class HouseholdView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Households households;
    private final Assignments assignments;
    private long householdId;
    private String title = "";

    HouseholdView(Households households, Assignments assignments) {
        this.households = households;
        this.assignments = assignments;
        addClassNames("staff-page", "household-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        householdId = id;
        try {
            render();
        } catch (HouseholdRefusedException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        Household h = households.household(householdId);
        title = getTranslation("household.title", h.code());
        add(new H1(title + (h.headName() == null ? "" : " · " + h.headName())));
        String where = String.join(" · ", Stream.of(h.hamlet(), h.addressLine())
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!where.isEmpty()) {
            add(new Paragraph(where));
        }
        Button edit = new Button(getTranslation("households.edit"), e -> HouseholdDialogs.household(h, details -> {
            households.updateHousehold(householdId, details);
            render();
        }));
        Button addMember = new Button(getTranslation("members.add"), e -> HouseholdDialogs.member(null, details -> {
            households.addMember(householdId, details);
            render();
        }));
        addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addMember.addClassName("add-member");
        edit.addClassName("edit-household");
        Div actions = new Div(edit, addMember);
        actions.addClassName("queue-actions");
        Div members = new Div();
        members.addClassName("kiosk-cards");
        households.members(householdId).forEach(m -> members.add(card(m)));
        add(actions, new H2(getTranslation("household.members")), members, history());
    }

    private Div card(Member m) {
        Div card = new Div();
        card.addClassNames("kiosk-card", "member-card");
        Span name = new Span(m.erased() ? getTranslation("members.erased") : m.fullName());
        name.addClassName("kiosk-card-title");
        card.add(name);
        if (!m.erased()) {
            card.add(new Span(String.join(" · ", Stream.of(
                    m.birthYear() == null ? null : getTranslation("members.born", String.valueOf(m.birthYear())),
                    m.gender() == null ? null : m.gender().label(),
                    m.phone() == null ? null : People.maskedPhone(m.phone())).filter(s -> s != null).toList())));
        }
        Div status = new Div();
        status.addClassName("member-status");
        for (Fact fact : Fact.values()) {
            if (fact == Fact.VNEID || m.fact(fact) > 0) {
                Span chip = new Span(getTranslation(fact.labelKey()) + ": " + getTranslation(HouseholdDialogs.valueKey(fact, m.fact(fact))));
                chip.addClassNames("status-chip", m.fact(fact) == fact.max() ? "status-done" : "status-missing");
                status.add(chip);
            }
        }
        card.add(status);
        if (!m.erased()) {
            Button set = new Button(getTranslation("members.status"), e -> HouseholdDialogs.status(m, changed -> {
                changed.forEach((fact, value) -> households.setFact(m.id(), fact, value));
                render();
            }));
            set.addClassName("set-status");
            Button edit = new Button(getTranslation("members.edit"), e -> HouseholdDialogs.member(m, details -> {
                households.updateMember(m.id(), details);
                render();
            }));
            Button show = new Button(getTranslation("members.record"), e -> showRecord(households.record(m.id())));
            show.addClassName("show-record");
            Button erase = new Button(getTranslation("members.erase"), e -> confirmErase(m));
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
            erase.addClassName("erase-member");
            Div actions = new Div(set, edit, show, erase);
            actions.addClassName("kiosk-card-actions");
            card.add(actions);
        }
        return card;
    }

    /** Everything kept about the member, to read out or show them (PDP Law 91/2025). */
    private void showRecord(MemberRecord record) {
        Dialog dialog = new Dialog();
        dialog.addClassName("record-dialog");
        dialog.setHeaderTitle(getTranslation("members.record.title"));
        Member m = record.member();
        UnorderedList kept = new UnorderedList(
                new ListItem(getTranslation("members.name") + ": " + m.fullName()),
                new ListItem(getTranslation("members.birth-year") + ": " + (m.birthYear() == null ? "—" : m.birthYear())),
                new ListItem(getTranslation("members.gender") + ": " + (m.gender() == null ? "—" : m.gender().label())),
                new ListItem(getTranslation("members.phone") + ": " + (m.phone() == null ? "—" : m.phone())),
                new ListItem(getTranslation("household.title", record.household().code()) + ", " + record.villageName()));
        UnorderedList facts = new UnorderedList();
        for (FactRecord f : record.facts()) {
            facts.add(new ListItem(getTranslation("members.record.fact", Formats.date(f.asOf()), getTranslation(f.fact().labelKey()),
                    getTranslation(HouseholdDialogs.valueKey(f.fact(), f.value())),
                    getTranslation(f.source().labelKey()), f.recordedBy() == null ? "—" : f.recordedBy())));
        }
        dialog.add(new Paragraph(getTranslation("members.record.intro")), kept, new H2(getTranslation("members.record.facts")),
                record.facts().isEmpty() ? new Paragraph(getTranslation("members.record.no-facts")) : facts);
        dialog.getFooter().add(new Button(getTranslation("households.close"), e -> dialog.close()));
        dialog.open();
    }

    private void confirmErase(Member m) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("members.erase.title", m.fullName()));
        confirm.setText(getTranslation("members.erase.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("members.erase"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            households.erase(m.id());
            render();
        });
        confirm.open();
    }

    private Div history() {
        Div section = new Div(new H2(getTranslation("household.lookers")));
        List<Assignment> history = assignments.history(householdId);
        if (history.isEmpty()) {
            section.add(new Paragraph(getTranslation("household.no-looker")));
        }
        UnorderedList list = new UnorderedList();
        for (Assignment a : history) {
            list.add(new ListItem(a.endedOn() == null
                    ? getTranslation("household.looker.now", a.looker(), Formats.date(a.assignedOn()))
                    : getTranslation("household.looker.was", a.looker(), Formats.date(a.assignedOn()), Formats.date(a.endedOn()))));
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
