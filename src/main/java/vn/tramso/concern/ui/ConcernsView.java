package vn.tramso.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import vn.tramso.base.Formats;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.ui.AllOrOne;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.concern.Concern;
import vn.tramso.concern.ConcernCategory;
import vn.tramso.concern.ConcernRefusedException;
import vn.tramso.concern.ConcernStatus;
import vn.tramso.concern.Concerns;
import vn.tramso.household.Households;
import vn.tramso.notification.SmsCost;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Village;

/**
 * The concerns diary: the village's team records concerns and sees the answers to bring back; the
 * commune leader sees every village's concerns, overdue first and marked, and answers, forwards,
 * refers or closes them in place. One card per concern, so it reads on a phone as on a desk.
 */
@Route(value = "concerns", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class ConcernsView extends Div implements HasDynamicTitle {

    private final Concerns concerns;
    private final SmsCost smsCost;
    private final Clock clock;
    private final boolean leader;
    private final Select<Village> village = new Select<>();
    private final Select<ConcernCategory> category = new Select<>();
    private final Select<ConcernStatus> status = new Select<>();
    private final Div toPassOn = new Div();
    private final Div cards = new Div();

    ConcernsView(Concerns concerns, Households households, PlaceScope scope, SmsCost smsCost, Clock clock) {
        this.concerns = concerns;
        this.smsCost = smsCost;
        this.clock = clock;
        this.leader = StaffUser.require().role() != Role.VOLUNTEER;
        addClassNames("staff-page", "concerns-view");
        List<Village> villages = scope.villages();
        add(new H1(getTranslation("concerns.title")));
        if (villages.isEmpty()) {
            add(new Paragraph(getTranslation("households.no-village")));
            return;
        }
        AllOrOne.fill(village, villages, Village::name, getTranslation("households.village"), getTranslation("concerns.all-villages"));
        category.setLabel(getTranslation("concerns.category"));
        category.setItems(ConcernCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("concerns.all") : getTranslation(c.labelKey()));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("concerns.all"));
        status.setLabel(getTranslation("concerns.status"));
        status.setItems(ConcernStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("concerns.all") : getTranslation(s.labelKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("concerns.all"));
        village.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("concerns.new"), e -> ConcernDialogs.record(
                village.getValue() != null ? village.getValue() : villages.getFirst(), households, concerns::record, this::refresh));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("new-concern");
        Div filters = new Div(add, village, category, status);
        filters.addClassName("queue-actions");
        if (leader && StaffUser.require().communeId() != null) {
            Button due = new Button(getTranslation("concerns.due"), e -> ConcernDialogs.dueDays(concerns, villages.getFirst()));
            due.addClassName("concern-due-days");
            filters.add(due);
        }
        toPassOn.addClassName("concerns-to-pass-on");
        cards.addClassName("kiosk-cards");
        add(filters, toPassOn, new H2(getTranslation("concerns.list")), cards);
        refresh();
    }

    private void refresh() {
        LocalDateTime now = LocalDateTime.now(clock);
        toPassOn.removeAll();
        if (!leader && village.getValue() != null) {
            List<Concern> answers = concerns.toPassOn(village.getValue().id());
            if (!answers.isEmpty()) {
                Div list = new Div();
                list.addClassName("kiosk-cards");
                answers.forEach(c -> list.add(card(c, now)));
                toPassOn.add(new H2(getTranslation("concerns.to-pass-on", answers.size())), list);
            }
        }
        cards.removeAll();
        List<Concern> list = concerns.list(village.getValue() == null ? null : village.getValue().id(), category.getValue(),
                status.getValue());
        if (list.isEmpty()) {
            cards.add(new Paragraph(getTranslation("concerns.none")));
        }
        list.forEach(c -> cards.add(card(c, now)));
    }

    private Div card(Concern c, LocalDateTime now) {
        Div card = new Div();
        card.addClassNames("kiosk-card", "concern-card", "concern-" + c.status().name().toLowerCase().replace('_', '-'));
        Span title = new Span(getTranslation(c.category().labelKey()) + " · " + c.villageName());
        title.addClassName("kiosk-card-title");
        Span state = new Span(getTranslation(c.status().labelKey()));
        state.addClassName("concern-status");
        card.add(title, state, new Span(c.text()));
        card.add(new Span(getTranslation("concerns.heard", Formats.date(c.createdAt().toLocalDate()), getTranslation(c.source().labelKey()),
                c.recordedBy() == null ? getTranslation("concerns.by-kiosk") : c.recordedBy())
                + (c.householdCode() == null ? "" : " · " + getTranslation("household.title", c.householdCode()))));
        if (c.overdue(now)) {
            Span overdue = new Span(getTranslation("concerns.overdue", daysLate(c, now)));
            overdue.addClassName("concern-overdue");
            card.addClassName("overdue");
            card.add(overdue);
        } else if (c.status().isOpen()) {
            card.add(new Span(getTranslation("concerns.due-on", Formats.date(c.dueAt().toLocalDate()))));
        }
        if (c.answer() != null) {
            Span answer = new Span(getTranslation("concerns.answer-is", c.answer()));
            answer.addClassName("concern-answer");
            card.add(answer);
        }
        if (c.referredTo() != null) {
            card.add(new Span(getTranslation("concerns.referred-to", c.referredTo())));
        }
        if (c.duplicateOf() != null) {
            card.add(new Span(getTranslation("concerns.duplicate-of", c.duplicateOf())));
        }
        card.add(actions(c));
        return card;
    }

    /** Whole days past the due time, a started day counting as one: due at 9:00, at 9:01 it is one day late. */
    static long daysLate(Concern c, LocalDateTime now) {
        return Math.max(1, (Duration.between(c.dueAt(), now).toMinutes() + 1439) / 1440);
    }

    private Div actions(Concern c) {
        Div actions = new Div();
        actions.addClassName("kiosk-card-actions");
        for (ConcernStatus next : c.status().next()) {
            switch (next) {
                case FORWARDED -> actions.add(action("concerns.forward", "concern-forward", () -> concerns.forward(c.id())));
                case IN_PROGRESS -> {
                    if (leader) {
                        actions.add(action("concerns.start", "concern-start", () -> concerns.start(c.id(), null)));
                    }
                }
                case ANSWERED -> {
                    if (leader) {
                        actions.add(action("concerns.answer", "concern-answer-button",
                                () -> ConcernDialogs.answer(c, text -> smsCost.of(Concerns.answerSms(c, text)),
                                        (text, sms) -> concerns.answer(c.id(), text, sms), this::refresh)));
                    }
                }
                case NOT_COMPETENT -> {
                    if (leader) {
                        actions.add(action("concerns.refer", "concern-refer",
                                () -> ConcernDialogs.refer(where -> concerns.refer(c.id(), where), this::refresh)));
                    }
                }
                case DUPLICATE -> {
                    if (leader) {
                        actions.add(action("concerns.duplicate", "concern-duplicate",
                                () -> ConcernDialogs.duplicate(concerns.list(c.villageId(), c.category(), null).stream()
                                        .filter(o -> o.id() != c.id() && o.duplicateOf() == null).toList(),
                                        original -> concerns.duplicate(c.id(), original), this::refresh)));
                    }
                }
                case CLOSED -> {
                    if (concerns.canTell(c)) {
                        actions.add(action("concerns.told", "concern-told", () -> concerns.told(c.id(), null)));
                    }
                }
                case NEW -> { }
            }
        }
        actions.add(action("concerns.journal", "concern-journal", () -> ConcernDialogs.journal(concerns.journal(c.id()))));
        return actions;
    }

    /** A button that runs the change and shows the list again; a refusal is said plainly. */
    private Button action(String key, String className, Runnable change) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                change.run();
                refresh();
            } catch (ConcernRefusedException refused) {
                StaffRefusal.notice(refused);
                refresh();
            }
        });
        b.addClassName(className);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("concerns.title");
    }
}
