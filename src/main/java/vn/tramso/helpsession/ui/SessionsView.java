package vn.tramso.helpsession.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.tramso.base.Formats;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffNavigation;
import vn.tramso.helpsession.HelpSession;
import vn.tramso.helpsession.HelpSessions;
import vn.tramso.helpsession.Referral;
import vn.tramso.helpsession.WeekTotals;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Village;
import vn.tramso.rating.Ratings;

/**
 * The sessions logged: a volunteer's own of the last 30 days with this week's totals, and for a
 * leader the sessions of a village of their commune, which they may correct with a reason. One
 * card per session, each opening it to change it.
 */
@Route(value = "volunteer/sessions", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class SessionsView extends Div implements HasDynamicTitle {

    static final int DAYS = 30;

    private final HelpSessions sessions;
    private final Clock clock;
    private final Div cards = new Div();

    SessionsView(HelpSessions sessions, Ratings ratings, PlaceScope scope, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        addClassNames("staff-page", "sessions-view");
        cards.addClassName("kiosk-cards");
        add(new H1(getTranslation("sessions.title")));
        Button add = new Button(getTranslation("sessions.new"), e -> getUI().ifPresent(ui -> ui.navigate(HelpSessionView.class)));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("new-session");
        Button same = new Button(getTranslation("session.same-as-last"),
                e -> getUI().ifPresent(ui -> ui.navigate(HelpSessionView.class, QueryParameters.of(StaffNavigation.SAME, "1"))));
        Div actions = new Div(add, same);
        actions.addClassName("queue-actions");
        add(actions);
        if (StaffUser.require().role() == Role.VOLUNTEER) {
            WeekTotals week = sessions.thisWeek();
            Paragraph totals = new Paragraph(getTranslation("sessions.week", week.sessions(), week.people(), week.minutes(),
                    week.topicsDone()));
            totals.addClassName("sessions-week");
            // Residents' answers about this volunteer's help: only totals, and only from enough answers that none can be told.
            Paragraph rated = new Paragraph(ratings.myTotals().map(t -> getTranslation("sessions.rating", Formats.decimal(t.average()),
                    t.count(), Formats.percent(t.doneShare()))).orElse(getTranslation("sessions.rating.too-few", Ratings.MIN_FOR_AVERAGE)));
            rated.addClassName("sessions-rating");
            add(totals, rated, new H2(getTranslation("sessions.mine", DAYS)), cards);
            fill(sessions.mine(DAYS));
        } else {
            List<Village> villages = scope.villages();
            Select<Village> village = new Select<>();
            village.setLabel(getTranslation("households.village"));
            village.setItems(villages);
            village.setItemLabelGenerator(Village::name);
            village.addValueChangeListener(e -> fill(sessions.ofVillage(e.getValue().id(), today().minusDays(DAYS), today())));
            add(village, cards);
            if (!villages.isEmpty()) {
                village.setValue(villages.getFirst());
            }
        }
    }

    private void fill(List<HelpSession> list) {
        cards.removeAll();
        if (list.isEmpty()) {
            cards.add(new Paragraph(getTranslation("sessions.none")));
        }
        for (HelpSession s : list) {
            Div card = new Div();
            card.addClassNames("kiosk-card", "session-card");
            if (s.deleted()) {
                card.addClassName("session-deleted");
            }
            RouterLink open = new RouterLink(Formats.dateTime(s.startedAt()) + " · "
                    + getTranslation("session.minutes.value", s.minutes()), HelpSessionView.class, s.id());
            open.addClassName("kiosk-card-title");
            card.add(open, new Span(s.topics().stream().map(t -> getTranslation(t.topic().labelKey()) + ": "
                    + getTranslation(t.outcome().labelKey())).collect(Collectors.joining("; "))));
            card.add(new Span(getTranslation(s.autonomy().labelKey()) + " · " + getTranslation(s.place().labelKey())));
            card.add(new Span(s.groupTitle() != null ? getTranslation("sessions.group", s.groupTitle(), s.headCount())
                    : s.memberName() != null ? s.memberName() : getTranslation("session.who.anonymous")));
            if (s.referralState() == Referral.State.OPEN) {
                Span referred = new Span(getTranslation("sessions.referral-open", getTranslation(s.referral().labelKey())));
                referred.addClassName("household-lack");
                card.add(referred);
            }
            if (s.deleted()) {
                card.add(new Span(getTranslation("session.deleted")));
            }
            if (StaffUser.require().role() != Role.VOLUNTEER) {
                card.add(new Span(getTranslation("session.by", s.volunteerName())));
            }
            cards.add(card);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title");
    }
}
