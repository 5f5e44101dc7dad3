package vn.tramso.helpsession;

import static vn.tramso.helpsession.SessionRefusedException.Reason.UNKNOWN;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tramso.booking.Booking;
import vn.tramso.booking.Queues;
import vn.tramso.household.Households;
import vn.tramso.household.MemberChoice;

/**
 * New sessions filled in for the volunteer, so that logging one takes a few taps: from a queue's
 * booking, from scratch at their usual place, or like their last one; and the members a booking's
 * name points to.
 */
@Component
class SessionDrafts {

    private final Queues queue;
    private final Households households;
    private final Clock clock;

    SessionDrafts(Queues queue, Households households, Clock clock) {
        this.queue = queue;
        this.households = households;
        this.clock = clock;
    }

    /**
     * A new session filled from a queue's booking: its topic when it is one a session is logged
     * with, the time help started, the minutes since (to the nearest chip), at the cultural house.
     */
    SessionDraft fromBooking(long bookingId) {
        Booking b = queue.booking(bookingId).orElseThrow(() -> new SessionRefusedException(UNKNOWN));
        LocalDateTime started = b.startedAt() != null ? b.startedAt() : b.calledAt();
        Integer minutes = started == null ? null : nearestChip(Duration.between(started, now()).toMinutes());
        List<TopicOutcome> topics = b.topic().loggable() ? List.of(new TopicOutcome(b.topic(), null, null)) : List.of();
        return new SessionDraft(bookingId, b.villageId(), started == null ? now() : started, minutes, SessionPlace.CULTURAL_HOUSE,
                topics, null, Referral.NONE, null, true, null, null, null, null, 1, null);
    }

    /** A new session from scratch: now, first visit, at the place of the volunteer's last session there (their usual one). */
    SessionDraft blank(long villageId, Optional<HelpSession> last) {
        SessionPlace usual = last.map(HelpSession::place).orElse(null);
        return new SessionDraft(null, villageId, null, null, usual, List.of(), null, Referral.NONE, null, true, null, null, null,
                null, 1, null);
    }

    /** A new session like {@code last} (topics, outcomes, autonomy, time spent, place), for another person. */
    SessionDraft like(HelpSession last, long villageId, Long bookingId) {
        return new SessionDraft(bookingId, villageId, now(), last.minutes(), last.place(), last.topics(), last.autonomy(),
                last.referral(), last.referralState(), true, null, null, null, last.groupTitle(), last.headCount(), null);
    }

    /** Members of the village whose name is the booking's: one tap links the session to them. */
    List<MemberChoice> suggestedFor(long bookingId) {
        Booking b = queue.booking(bookingId).orElseThrow(() -> new SessionRefusedException(UNKNOWN));
        return households.findMembers(b.villageId(), b.residentName(), 3);
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

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
