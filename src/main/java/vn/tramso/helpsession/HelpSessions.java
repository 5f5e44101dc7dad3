package vn.tramso.helpsession;

import static vn.tramso.helpsession.SessionRefusedException.Reason.BAD_GROUP;
import static vn.tramso.helpsession.SessionRefusedException.Reason.BAD_MEMBER;
import static vn.tramso.helpsession.SessionRefusedException.Reason.BOOKING_RECORDED;
import static vn.tramso.helpsession.SessionRefusedException.Reason.CHANGED_MEANWHILE;
import static vn.tramso.helpsession.SessionRefusedException.Reason.DELETED;
import static vn.tramso.helpsession.SessionRefusedException.Reason.IN_FUTURE;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NOTES_NUMBERS;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NOTES_TOO_LONG;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NOT_LOGGABLE;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NOT_REFERRED;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NO_AUTONOMY;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NO_MINUTES;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NO_PLACE;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NO_TOPIC;
import static vn.tramso.helpsession.SessionRefusedException.Reason.REASON_NEEDED;
import static vn.tramso.helpsession.SessionRefusedException.Reason.TOO_LATE_TO_EDIT;
import static vn.tramso.helpsession.SessionRefusedException.Reason.UNKNOWN;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tramso.base.People;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.QueueService;
import vn.tramso.household.HouseholdService;
import vn.tramso.household.Member;
import vn.tramso.household.MemberChoice;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.VillageId;

/**
 * Records, edits and deletes help sessions. Saving a session started from the queue marks its
 * booking helped, in the same transaction; a session with a household member updates the member's
 * status from its outcome. Its volunteer may change it for 24 hours; afterwards only a leader
 * (or admin) covering the village, with a reason. Deletes are soft; every change is journaled
 * with the record as it became. See docs/decisions/004-help-session-apart-from-booking.md. A change that lost a
 * write conflict runs again in a new transaction ({@link RetryOnWriteConflict}).
 */
@Service
public class HelpSessions {

    public static final Duration EDIT_WINDOW = Duration.ofHours(24);
    public static final int MAX_NOTES = 280;

    private final HelpSessionStore store;
    private final PlaceScope scope;
    private final QueueService queue;
    private final HouseholdService households;
    private final Clock clock;
    private final Counter logged;

    HelpSessions(HelpSessionStore store, PlaceScope scope, QueueService queue, HouseholdService households, Clock clock,
                 MeterRegistry registry) {
        this.store = store;
        this.scope = scope;
        this.queue = queue;
        this.households = households;
        this.clock = clock;
        this.logged = Counter.builder("tramso.help_sessions.logged").description("Help sessions logged by volunteers")
                .register(registry);
    }

    /**
     * Saves a new session by the signed-in volunteer; its booking, if any, is marked helped.
     *
     * @throws SessionRefusedException (writing nothing) when the record is incomplete or the booking already has one
     */
    @RetryOnWriteConflict
    @Transactional
    public long record(SessionDraft draft) {
        scope.village(new VillageId(draft.villageId()));
        SessionDraft d = checked(draft);
        if (d.bookingId() != null) {
            Booking booking = queue.booking(d.bookingId()).orElseThrow(() -> new SessionRefusedException(UNKNOWN));
            if (booking.villageId() != d.villageId()) {
                throw new SessionRefusedException(UNKNOWN);
            }
        }
        LocalDateTime now = now();
        StaffUser me = StaffUser.require();
        long id;
        try {
            id = store.insert(d, me.id(), now);
        } catch (DuplicateKeyException recorded) {
            throw new SessionRefusedException(BOOKING_RECORDED);
        }
        if (d.bookingId() != null) {
            try {
                queue.helped(d.bookingId());
            } catch (BookingRefusedException over) {
                throw new SessionRefusedException(BOOKING_RECORDED);
            }
        }
        store.journal(id, SessionChange.Kind.CREATED, me.id(), now, null, describe(id));
        facts(id, d);
        // counted once it is saved: an attempt that lost a write conflict and ran again counts once
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                logged.increment();
            }
        });
        return id;
    }

    /**
     * Changes a session: by its volunteer within 24 hours of recording it; afterwards by a leader
     * or admin covering the village, with a reason.
     *
     * @param version the version the form was filled from: a change made meanwhile is not overwritten
     */
    @RetryOnWriteConflict
    @Transactional
    public void edit(long id, int version, SessionDraft draft, String reason) {
        HelpSession session = session(id);
        String why = mayChange(session, reason);
        SessionDraft d = checked(new SessionDraft(session.bookingId(), session.villageId(), draft.startedAt(), draft.minutes(),
                draft.place(), draft.topics(), draft.autonomy(), draft.referral(), draft.referralState(), draft.firstVisit(),
                draft.memberId(), draft.ageBand(), draft.gender(), draft.groupTitle(), draft.headCount(), draft.notes()));
        LocalDateTime now = now();
        if (!store.update(id, version, d, now)) {
            throw new SessionRefusedException(CHANGED_MEANWHILE);
        }
        store.journal(id, SessionChange.Kind.EDITED, StaffUser.require().id(), now, why, describe(id));
        households.forgetSession(id);
        facts(id, d);
    }

    /** Soft-deletes a session (same rule as an edit): kept and journaled, counted nowhere, its facts taken back. */
    @RetryOnWriteConflict
    @Transactional
    public void delete(long id, int version, String reason) {
        HelpSession session = session(id);
        String why = mayChange(session, reason);
        LocalDateTime now = now();
        if (!store.delete(id, version, now)) {
            throw new SessionRefusedException(CHANGED_MEANWHILE);
        }
        store.journal(id, SessionChange.Kind.DELETED, StaffUser.require().id(), now, why, session.describe());
        households.forgetSession(id);
    }

    /**
     * Records what became of a session's referral (the police approved, the one-stop office
     * answered): by any staff member covering the village, at any time, since the answer comes
     * days later; journaled like an edit.
     */
    @RetryOnWriteConflict
    @Transactional
    public void followUp(long id, Referral.State state) {
        HelpSession session = session(id);
        if (session.deleted()) {
            throw new SessionRefusedException(DELETED);
        }
        if (session.referral() == Referral.NONE || state == null) {
            throw new SessionRefusedException(NOT_REFERRED);
        }
        LocalDateTime now = now();
        if (!store.referralState(id, session.version(), state, now)) {
            throw new SessionRefusedException(CHANGED_MEANWHILE);
        }
        store.journal(id, SessionChange.Kind.EDITED, StaffUser.require().id(), now, "referral " + state.name(), describe(id));
    }

    /** A session of a village the signed-in staff member covers. */
    public HelpSession session(long id) {
        HelpSession session = store.byId(id).orElseThrow(() -> new SessionRefusedException(UNKNOWN));
        scope.village(new VillageId(session.villageId()));
        return session;
    }

    public List<SessionChange> changes(long id) {
        session(id);
        return store.changes(id);
    }

    /** Whether the signed-in staff member may change the session without giving a reason (its volunteer, within 24 hours). */
    public boolean changeableWithoutReason(HelpSession session) {
        return !session.deleted() && session.volunteerId() == StaffUser.require().id()
                && now().isBefore(session.createdAt().plus(EDIT_WINDOW));
    }

    /** Whether the signed-in staff member may change the session at all. */
    public boolean changeable(HelpSession session) {
        return changeableWithoutReason(session) || !session.deleted() && StaffUser.require().role() != Role.VOLUNTEER;
    }

    /** The signed-in volunteer's own sessions of the last {@code days} days, newest first. */
    public List<HelpSession> mine(int days) {
        return store.sessions("s.volunteer_id = :me AND s.started_at >= :since",
                Map.of("me", StaffUser.require().id(), "since", now().minusDays(days)));
    }

    /** A village's sessions between two days (both included), newest first, at most 200. */
    public List<HelpSession> ofVillage(long villageId, LocalDate from, LocalDate to) {
        scope.village(new VillageId(villageId));
        return store.sessions("s.village_id = :v AND s.started_at >= :from AND s.started_at < :to",
                Map.of("v", villageId, "from", from.atStartOfDay(), "to", to.plusDays(1).atStartOfDay()));
    }

    /** The signed-in volunteer's sessions this week (from Monday), not counting deleted ones. */
    public WeekTotals thisWeek() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return store.totals(StaffUser.require().id(), monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay());
    }

    /** The volunteer's most recent session in the village, for "same as last time". */
    public Optional<HelpSession> last(long villageId) {
        scope.village(new VillageId(villageId));
        return store.sessions("s.volunteer_id = :me AND s.village_id = :v AND s.deleted_at IS NULL",
                Map.of("me", StaffUser.require().id(), "v", villageId)).stream().findFirst();
    }

    /** The signed-in volunteer's own frequent durations (used 3 times or more in 90 days), most used first. */
    public List<Integer> frequentMinutes() {
        return store.frequentMinutes(StaffUser.require().id(), now().minusDays(90), 3);
    }

    /**
     * A new session filled from a queue's booking: its topic when it is one a session is logged
     * with, the time help started, the minutes since (to the nearest chip), at the cultural house.
     */
    public SessionDraft fromBooking(long bookingId) {
        Booking b = queue.booking(bookingId).orElseThrow(() -> new SessionRefusedException(UNKNOWN));
        LocalDateTime started = b.startedAt() != null ? b.startedAt() : b.calledAt();
        Integer minutes = started == null ? null : nearestChip(Duration.between(started, now()).toMinutes());
        List<TopicOutcome> topics = b.topic().loggable() ? List.of(new TopicOutcome(b.topic(), null, null)) : List.of();
        return new SessionDraft(bookingId, b.villageId(), started == null ? now() : started, minutes, SessionPlace.CULTURAL_HOUSE,
                topics, null, Referral.NONE, null, true, null, null, null, null, 1, null);
    }

    /** A new session from scratch: now, first visit, at the place the volunteer last helped (their usual one). */
    public SessionDraft blank(long villageId) {
        SessionPlace usual = last(villageId).map(HelpSession::place).orElse(null);
        return new SessionDraft(null, villageId, null, null, usual, List.of(), null, Referral.NONE, null, true, null, null, null,
                null, 1, null);
    }

    /** Members of the village whose name is the booking's: one tap links the session to them. */
    public List<MemberChoice> suggestedFor(long bookingId) {
        Booking b = queue.booking(bookingId).orElseThrow(() -> new SessionRefusedException(UNKNOWN));
        return households.findMembers(b.villageId(), b.residentName(), 3);
    }

    /** A new session like the volunteer's last one (topics, outcomes, autonomy, time spent, place), for another person. */
    public Optional<SessionDraft> sameAsLast(long villageId, Long bookingId) {
        return last(villageId).map(s -> new SessionDraft(bookingId, villageId, now(), s.minutes(), s.place(), s.topics(),
                s.autonomy(), s.referral(), s.referralState(), true, null, null, null, s.groupTitle(), s.headCount(), null));
    }

    static int nearestChip(long minutes) {
        int best = 15;
        for (int chip : List.of(15, 30, 45, 60, 90)) {
            if (Math.abs(chip - minutes) < Math.abs(best - minutes)) {
                best = chip;
            }
        }
        return best;
    }

    private String mayChange(HelpSession session, String reason) {
        if (session.deleted()) {
            throw new SessionRefusedException(DELETED);
        }
        if (changeableWithoutReason(session)) {
            return reason == null || reason.isBlank() ? null : reason.strip();
        }
        if (StaffUser.require().role() == Role.VOLUNTEER) {
            throw new SessionRefusedException(TOO_LATE_TO_EDIT);
        }
        if (reason == null || reason.isBlank()) {
            throw new SessionRefusedException(REASON_NEEDED);
        }
        return reason.strip().length() > 200 ? reason.strip().substring(0, 200) : reason.strip();
    }

    private void facts(long id, SessionDraft d) {
        if (d.memberId() != null) {
            households.recordFromSession(id, d.memberId(), d.startedAt().toLocalDate(), SessionFacts.of(d));
        }
    }

    private String describe(long id) {
        return store.byId(id).orElseThrow().describe();
    }

    /** The draft as it will be saved: every rule checked, the referral state filled in. */
    private SessionDraft checked(SessionDraft d) {
        if (d.topics().isEmpty()) {
            throw new SessionRefusedException(NO_TOPIC);
        }
        if (d.topics().stream().anyMatch(t -> !t.topic().loggable() || t.outcome() == null)
                || d.topics().stream().map(TopicOutcome::topic).distinct().count() != d.topics().size()) {
            throw new SessionRefusedException(NOT_LOGGABLE);
        }
        if (d.minutes() == null || d.minutes() < 1 || d.minutes() > 600) {
            throw new SessionRefusedException(NO_MINUTES);
        }
        if (d.place() == null) {
            throw new SessionRefusedException(NO_PLACE);
        }
        if (d.autonomy() == null) {
            throw new SessionRefusedException(NO_AUTONOMY);
        }
        LocalDateTime startedAt = d.startedAt() == null ? now() : d.startedAt().withNano(0);
        if (startedAt.isAfter(now().plusMinutes(5))) {
            throw new SessionRefusedException(IN_FUTURE);
        }
        if (d.isGroup() ? d.groupTitle().strip().length() > 120 || d.headCount() < 1 || d.headCount() > 500 || d.memberId() != null
                : d.headCount() != 1) {
            throw new SessionRefusedException(BAD_GROUP);
        }
        if (d.notes() != null && d.notes().strip().length() > MAX_NOTES) {
            throw new SessionRefusedException(NOTES_TOO_LONG);
        }
        if (People.holdsLongNumber(d.notes())) {
            throw new SessionRefusedException(NOTES_NUMBERS);
        }
        if (d.memberId() != null) {
            Member member = households.member(d.memberId());
            if (households.household(member.householdId()).villageId() != d.villageId() || member.erased()) {
                throw new SessionRefusedException(BAD_MEMBER);
            }
        }
        Referral referral = d.referral() == null ? Referral.NONE : d.referral();
        Referral.State state = referral == Referral.NONE ? null : d.referralState() == null ? Referral.State.OPEN : d.referralState();
        return new SessionDraft(d.bookingId(), d.villageId(), startedAt, d.minutes(), d.place(), d.topics(), d.autonomy(), referral,
                state, d.firstVisit(), d.memberId(), d.isGroup() ? null : d.ageBand(), d.isGroup() ? null : d.gender(),
                d.isGroup() ? d.groupTitle().strip() : null, d.headCount(), d.notes());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
