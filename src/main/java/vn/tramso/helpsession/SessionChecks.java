package vn.tramso.helpsession;

import static vn.tramso.helpsession.SessionRefusedException.Reason.BAD_GROUP;
import static vn.tramso.helpsession.SessionRefusedException.Reason.BAD_MEMBER;
import static vn.tramso.helpsession.SessionRefusedException.Reason.DELETED;
import static vn.tramso.helpsession.SessionRefusedException.Reason.IN_FUTURE;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NOTES_NUMBERS;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NOTES_TOO_LONG;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NOT_LOGGABLE;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NO_AUTONOMY;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NO_MINUTES;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NO_PLACE;
import static vn.tramso.helpsession.SessionRefusedException.Reason.NO_TOPIC;
import static vn.tramso.helpsession.SessionRefusedException.Reason.REASON_NEEDED;
import static vn.tramso.helpsession.SessionRefusedException.Reason.TOO_LATE_TO_EDIT;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.tramso.base.People;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.household.Households;
import vn.tramso.household.Member;

/**
 * The rules a session is held to before it is written: a complete record (topics a session is
 * logged with, minutes, place, autonomy, a group or one person, short notes without long numbers,
 * a member of the session's village), and who may change it: its volunteer within
 * {@link HelpSessions#EDIT_WINDOW} of recording it, afterwards a leader or admin with a reason.
 */
@Component
class SessionChecks {

    private final Households households;
    private final Clock clock;

    SessionChecks(Households households, Clock clock) {
        this.households = households;
        this.clock = clock;
    }

    /** Whether the signed-in staff member may change the session without giving a reason (its volunteer, within 24 hours). */
    boolean changeableWithoutReason(HelpSession session) {
        return !session.deleted() && session.volunteerId() == StaffUser.require().id()
                && now().isBefore(session.createdAt().plus(HelpSessions.EDIT_WINDOW));
    }

    /**
     * The reason the change is journaled with, once the signed-in staff member may make it.
     *
     * @throws SessionRefusedException when the session is deleted, or a volunteer is too late, or a leader gave no reason
     */
    String mayChange(HelpSession session, String reason) {
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

    /** The draft as it will be saved: every rule checked, the referral state filled in. */
    SessionDraft checked(SessionDraft d) {
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
        if (d.notes() != null && d.notes().strip().length() > HelpSessions.MAX_NOTES) {
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
