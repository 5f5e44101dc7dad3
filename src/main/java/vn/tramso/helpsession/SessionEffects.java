package vn.tramso.helpsession;

import static vn.tramso.helpsession.SessionRefusedException.Reason.BOOKING_RECORDED;

import org.springframework.stereotype.Component;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.Queues;
import vn.tramso.household.Households;

/**
 * What saving a session changes in other features: its booking is helped, its member's status
 * follows its outcome. Each is a direct call inside the session's transaction, not an event: the
 * session is refused when its booking cannot take it, and a member's facts are the session's own, so
 * they are written, replaced and taken back atomically with it
 * (docs/decisions/011-calls-and-events-between-features.md).
 */
@Component
class SessionEffects {

    private final Queues queue;
    private final Households households;

    SessionEffects(Queues queue, Households households) {
        this.queue = queue;
        this.households = households;
    }

    /**
     * A new session's booking, if it has one, is helped now.
     *
     * @throws SessionRefusedException when the booking was cancelled, or its resident did not come
     */
    void helped(SessionDraft d) {
        if (d.bookingId() != null) {
            try {
                queue.helped(d.bookingId());
            } catch (BookingRefusedException over) {
                throw new SessionRefusedException(BOOKING_RECORDED);
            }
        }
    }

    /** A new session's member, if it has one, gets the facts its outcome says. */
    void recorded(long id, SessionDraft d) {
        facts(id, d);
    }

    /** A changed session: what it recorded about a member is replaced by what it says now. */
    void edited(long id, SessionDraft d) {
        households.forgetSession(id);
        facts(id, d);
    }

    /** A deleted session: what it recorded about a member is taken back. */
    void deleted(long id) {
        households.forgetSession(id);
    }

    private void facts(long id, SessionDraft d) {
        if (d.memberId() != null) {
            households.recordFromSession(id, d.memberId(), d.startedAt().toLocalDate(), SessionFacts.of(d));
        }
    }
}
