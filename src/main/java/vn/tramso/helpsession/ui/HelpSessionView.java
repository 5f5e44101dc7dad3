package vn.tramso.helpsession.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tramso.base.Formats;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.ui.Chips;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffNavigation;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.booking.Booking;
import vn.tramso.booking.Queues;
import vn.tramso.helpsession.HelpSession;
import vn.tramso.helpsession.HelpSessions;
import vn.tramso.helpsession.Referral;
import vn.tramso.helpsession.SessionDraft;
import vn.tramso.helpsession.SessionRefusedException;
import vn.tramso.household.Households;
import vn.tramso.household.MemberChoice;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * Logging a help session: {@code volunteer/session?booking=ID} opens it filled from the queue's
 * booking (the queue's "finish" goes here), {@code volunteer/session} from scratch (a home visit,
 * a phone call, help without a ticket), {@code ?same=1} filled like the last one, and
 * {@code volunteer/session/ID} changes a saved one. From the queue, the common case (one topic,
 * done, with help) is four taps here after "finish".
 */
@Route(value = "volunteer/session", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class HelpSessionView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final HelpSessions sessions;
    private final Queues queue;
    private final Households households;
    private final PlaceScope scope;
    private final StaffRefusal error = new StaffRefusal();
    private SessionForm form;
    private HelpSession editing;
    private final TextField reason = new TextField();
    private String title = "";

    HelpSessionView(HelpSessions sessions, Queues queue, Households households, PlaceScope scope) {
        this.sessions = sessions;
        this.queue = queue;
        this.households = households;
        this.scope = scope;
        addClassNames("staff-page", "session-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        try {
            if (id != null) {
                showEdit(sessions.session(id));
            } else {
                Long booking = query.getSingleParameter(StaffNavigation.BOOKING).map(Long::valueOf).orElse(null);
                showNew(booking, query.getSingleParameter(StaffNavigation.SAME).isPresent());
            }
        } catch (SessionRefusedException | NumberFormatException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void showNew(Long bookingId, boolean sameAsLast) {
        title = getTranslation("session.new.title");
        add(new H1(title));
        Optional<Booking> booking = bookingId == null ? Optional.empty() : queue.booking(bookingId);
        if (bookingId != null && booking.isEmpty()) {
            throw new SessionRefusedException(SessionRefusedException.Reason.UNKNOWN);
        }
        Village village = booking.map(b -> scope.village(new VillageId(b.villageId()))).orElseGet(this::ownVillage);
        if (village == null) {
            add(new Paragraph(getTranslation("households.no-village")));
            return;
        }
        booking.ifPresent(b -> add(new Paragraph(getTranslation("session.from-booking", b.ticketNumber(), b.residentName(),
                getTranslation(b.topic().labelKey())))));
        List<MemberChoice> suggested = booking.map(b -> sessions.suggestedFor(b.id())).orElse(List.of());
        form = new SessionForm(village.id(), sessions.frequentMinutes(), suggested,
                text -> households.findMembers(village.id(), text, 8));
        SessionDraft draft = sameAsLast ? sessions.sameAsLast(village.id(), bookingId).orElse(null) : null;
        if (draft == null) {
            draft = bookingId != null ? sessions.fromBooking(bookingId) : sessions.blank(village.id());
        }
        form.read(draft, null);
        Button save = new Button(getTranslation("session.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClassName("session-save");
        Div top = new Div();
        top.addClassName("queue-actions");
        if (sessions.last(village.id()).isPresent() && !sameAsLast) {
            Button same = new Button(getTranslation("session.same-as-last"), e -> getUI().ifPresent(ui -> ui.navigate(HelpSessionView.class,
                    bookingId == null ? QueryParameters.of(StaffNavigation.SAME, "1")
                            : QueryParameters.simple(Map.of(StaffNavigation.SAME, "1", StaffNavigation.BOOKING, String.valueOf(bookingId))))));
            same.addClassName("session-same");
            top.add(same);
        }
        add(top, form, error, save);
        booking.ifPresent(b -> add(new NoRecordPanel(queue, b)));
    }

    private void showEdit(HelpSession session) {
        editing = session;
        title = getTranslation("session.edit.title", Formats.dateTime(session.startedAt()));
        add(new H1(title), new Paragraph(getTranslation("session.by", session.volunteerName())));
        if (session.deleted() || !sessions.changeable(session)) {
            add(new Paragraph(getTranslation(session.deleted() ? "session.deleted" : "session.locked")));
            if (!session.deleted() && session.referral() != Referral.NONE) {
                add(followUp(session));
            }
            add(new ChangeHistory(sessions.changes(session.id())));
            return;
        }
        form = new SessionForm(session.villageId(), sessions.frequentMinutes(), List.of(),
                text -> households.findMembers(session.villageId(), text, 8));
        form.read(session.draft(), session.memberId() == null ? null
                : households.choice(session.memberId()));
        reason.setLabel(getTranslation("session.reason-for-change"));
        reason.setMaxLength(200);
        reason.addClassName("session-change-reason");
        reason.setVisible(!sessions.changeableWithoutReason(session));
        Button save = new Button(getTranslation("session.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClassName("session-save");
        Button delete = new Button(getTranslation("session.delete"), e -> {
            try {
                sessions.delete(session.id(), session.version(), reason.getValue());
                Notification.show(getTranslation("session.deleted"), 4000, Notification.Position.MIDDLE);
                getUI().ifPresent(ui -> ui.navigate(SessionsView.class));
            } catch (SessionRefusedException refused) {
                show(refused);
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClassName("session-delete");
        Div actions = new Div(save, delete);
        actions.addClassName("queue-actions");
        add(form, reason, error, actions, new ChangeHistory(sessions.changes(session.id())));
    }

    private void save() {
        if (form.outcomeMissing()) {
            error.show(getTranslation("session.refused.no-outcome"));
            return;
        }
        try {
            if (editing == null) {
                SessionDraft draft = form.draft();
                long id = sessions.record(draft);
                Notification.show(getTranslation("session.saved"), 3000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                // The receipt (rating.ui.SessionReceiptView): the resident is asked to rate the help.
                StaffNavigation.go(StaffNavigation.receipt(id, draft.bookingId() != null));
            } else {
                sessions.edit(editing.id(), editing.version(), form.draft(), reason.getValue());
                Notification.show(getTranslation("session.saved"), 3000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(SessionsView.class));
            }
        } catch (SessionRefusedException refused) {
            show(refused);
        }
    }

    private void show(SessionRefusedException refused) {
        error.show(refused);
    }

    /** What became of the referral, recorded whenever the answer comes, even when the session is locked. */
    private Chips<Referral.State> followUp(HelpSession session) {
        Chips<Referral.State> state = Chips.of(getTranslation("session.follow-up", getTranslation(session.referral().labelKey())),
                Referral.State.values(), s -> getTranslation(s.labelKey()), false);
        state.addClassName("session-follow-up");
        state.set(session.referralState());
        state.onChange(() -> state.value().ifPresent(s -> {
            try {
                sessions.followUp(session.id(), s);
                Notification.show(getTranslation("session.saved"), 3000, Notification.Position.MIDDLE);
                getUI().ifPresent(ui -> ui.navigate(HelpSessionView.class, session.id()));
            } catch (SessionRefusedException refused) {
                show(refused);
            }
        }));
        return state;
    }

    /** The village a session from scratch is for: the volunteer's own, or the first the staff member covers. */
    private Village ownVillage() {
        Long own = StaffUser.require().villageId();
        List<Village> villages = scope.villages();
        return villages.stream().filter(v -> own != null && v.id() == own).findFirst()
                .orElse(villages.isEmpty() ? null : villages.getFirst());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
