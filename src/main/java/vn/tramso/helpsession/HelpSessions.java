package vn.tramso.helpsession;

import static vn.tramso.helpsession.SessionRefusedException.Reason.BOOKING_RECORDED;
import static vn.tramso.helpsession.SessionRefusedException.Reason.CHANGED_MEANWHILE;
import static vn.tramso.helpsession.SessionRefusedException.Reason.DELETED;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NOT_REFERRED;
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
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.booking.Booking;
import vn.tramso.booking.Queues;
import vn.tramso.household.MemberChoice;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.VillageId;

/**
 * Records, edits and deletes help sessions. Saving a session started from the queue marks its
 * booking helped, in the same transaction; a session with a household member updates the member's
 * status from its outcome ({@link SessionEffects}, docs/decisions/011-calls-and-events-between-features.md).
 * Its volunteer may change it for 24 hours; afterwards only a leader (or admin) covering the
 * village, with a reason ({@link SessionChecks}). Deletes are soft; every change is journaled
 * with the record as it became. See docs/decisions/004-help-session-apart-from-booking.md. A change that lost a
 * write conflict runs again in a new transaction ({@link RetryOnWriteConflict}).
 */
@Service
public class HelpSessions {

    public static final Duration EDIT_WINDOW = Duration.ofHours(24);
    public static final int MAX_NOTES = 280;

    private final HelpSessionStore store;
    private final SessionChecks checks;
    private final SessionEffects effects;
    private final SessionDrafts drafts;
    private final SessionNames names;
    private final PlaceScope scope;
    private final Queues queue;
    private final Clock clock;
    private final Counter logged;

    HelpSessions(HelpSessionStore store, SessionChecks checks, SessionEffects effects, SessionDrafts drafts, SessionNames names,
                 PlaceScope scope, Queues queue, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.checks = checks;
        this.effects = effects;
        this.drafts = drafts;
        this.names = names;
        this.scope = scope;
        this.queue = queue;
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
        SessionDraft d = checks.checked(draft);
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
        effects.helped(d);
        store.journal(id, SessionChange.Kind.CREATED, me.id(), now, null, describe(id));
        effects.recorded(id, d);
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
        String why = checks.mayChange(session, reason);
        SessionDraft d = checks.checked(new SessionDraft(session.bookingId(), session.villageId(), draft.startedAt(), draft.minutes(),
                draft.place(), draft.topics(), draft.autonomy(), draft.referral(), draft.referralState(), draft.firstVisit(),
                draft.memberId(), draft.ageBand(), draft.gender(), draft.groupTitle(), draft.headCount(), draft.notes()));
        LocalDateTime now = now();
        if (!store.update(id, version, d, now)) {
            throw new SessionRefusedException(CHANGED_MEANWHILE);
        }
        store.journal(id, SessionChange.Kind.EDITED, StaffUser.require().id(), now, why, describe(id));
        effects.edited(id, d);
    }

    /** Soft-deletes a session (same rule as an edit): kept and journaled, counted nowhere, its facts taken back. */
    @RetryOnWriteConflict
    @Transactional
    public void delete(long id, int version, String reason) {
        HelpSession session = session(id);
        String why = checks.mayChange(session, reason);
        LocalDateTime now = now();
        if (!store.delete(id, version, now)) {
            throw new SessionRefusedException(CHANGED_MEANWHILE);
        }
        store.journal(id, SessionChange.Kind.DELETED, StaffUser.require().id(), now, why, session.describe());
        effects.deleted(id);
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
        return names.sessions(List.of(session)).getFirst();
    }

    public List<SessionChange> changes(long id) {
        session(id);
        return names.changes(store.changes(id));
    }

    /** Whether the signed-in staff member may change the session without giving a reason (its volunteer, within 24 hours). */
    public boolean changeableWithoutReason(HelpSession session) {
        return checks.changeableWithoutReason(session);
    }

    /** Whether the signed-in staff member may change the session at all. */
    public boolean changeable(HelpSession session) {
        return changeableWithoutReason(session) || !session.deleted() && StaffUser.require().role() != Role.VOLUNTEER;
    }

    /** The signed-in volunteer's own sessions of the last {@code days} days, newest first. */
    public List<HelpSession> mine(int days) {
        return names.sessions(store.sessions(new SessionCriteria.OfVolunteer(StaffUser.require().id(), now().minusDays(days))));
    }

    /** A village's sessions between two days (both included), newest first, at most 200. */
    public List<HelpSession> ofVillage(long villageId, LocalDate from, LocalDate to) {
        scope.village(new VillageId(villageId));
        return names.sessions(store.sessions(new SessionCriteria.OfVillage(villageId, from.atStartOfDay(),
                to.plusDays(1).atStartOfDay())));
    }

    /** The signed-in volunteer's sessions this week (from Monday), not counting deleted ones. */
    public WeekTotals thisWeek() {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return store.totals(StaffUser.require().id(), monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay());
    }

    /** The volunteer's most recent session in the village, for "same as last time". */
    public Optional<HelpSession> last(long villageId) {
        scope.village(new VillageId(villageId));
        return store.sessions(new SessionCriteria.OfVolunteerIn(StaffUser.require().id(), villageId)).stream().findFirst()
                .map(s -> names.sessions(List.of(s)).getFirst());
    }

    /** The signed-in volunteer's own frequent durations (used 3 times or more in 90 days), most used first. */
    public List<Integer> frequentMinutes() {
        return store.frequentMinutes(StaffUser.require().id(), now().minusDays(90), 3);
    }

    /** A new session filled from a queue's booking: its topic, the time help started, the minutes since, at the cultural house. */
    public SessionDraft fromBooking(long bookingId) {
        return drafts.fromBooking(bookingId);
    }

    /** A new session from scratch: now, first visit, at the place the volunteer last helped (their usual one). */
    public SessionDraft blank(long villageId) {
        return drafts.blank(villageId, last(villageId));
    }

    /** Members of the village whose name is the booking's: one tap links the session to them. */
    public List<MemberChoice> suggestedFor(long bookingId) {
        return drafts.suggestedFor(bookingId);
    }

    /** A new session like the volunteer's last one (topics, outcomes, autonomy, time spent, place), for another person. */
    public Optional<SessionDraft> sameAsLast(long villageId, Long bookingId) {
        return last(villageId).map(s -> drafts.like(s, villageId, bookingId));
    }

    private String describe(long id) {
        return store.byId(id).orElseThrow().describe();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
