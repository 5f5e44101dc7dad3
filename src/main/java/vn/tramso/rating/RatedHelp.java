package vn.tramso.rating;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The help that is rated, as booking and helpsession tell it ({@link RatedBookings},
 * {@link RatedSessions}): one help is rated once whichever way the resident comes, by the ticket's
 * link (the booking) or by the session's (its receipt, the device handed over, the kiosk), so each
 * answer is saved with the help's other side, and with the volunteer of its session.
 */
@Component
class RatedHelp {

    private final RatingStore store;
    private final RatedBookings bookings;
    private final RatedSessions sessions;

    RatedHelp(RatingStore store, RatedBookings bookings, RatedSessions sessions) {
        this.store = store;
        this.bookings = bookings;
        this.sessions = sessions;
    }

    Optional<RatedBookings.Facts> booking(long bookingId) {
        return bookings.booking(bookingId);
    }

    /** A session, unless it was deleted (as a mistake). */
    Optional<RatedSessions.Facts> session(long sessionId) {
        return sessions.session(sessionId).filter(s -> !s.deleted());
    }

    /** Whether the help on this booking or session (either side of it) has an answer already. */
    boolean rated(Long bookingId, Long sessionId) {
        Set<Long> bookingIds = new HashSet<>();
        Set<Long> sessionIds = new HashSet<>();
        if (bookingId != null) {
            bookingIds.add(bookingId);
            sessions.ofBooking(bookingId).ifPresent(s -> sessionIds.add(s.id()));
        }
        if (sessionId != null) {
            sessionIds.add(sessionId);
            sessions.session(sessionId).map(RatedSessions.Facts::bookingId).ifPresent(bookingIds::add);
        }
        return store.rated(bookingIds, sessionIds);
    }

    /**
     * Saves an answer about the help on a booking or a session (neither: the cultural house in
     * general). A booking's session (unless deleted) and a session's booking are filled in, so that it
     * is rated once whichever way the resident came; the session's volunteer is kept with it.
     */
    long save(long villageId, RatingChannel channel, Long bookingId, Long sessionId, RatingAnswer a, LocalDateTime now) {
        RatedSessions.Facts session = sessionId != null ? sessions.session(sessionId).orElse(null)
                : bookingId != null ? sessions.ofBooking(bookingId).filter(s -> !s.deleted()).orElse(null) : null;
        Long booking = bookingId != null ? bookingId : session == null ? null : session.bookingId();
        return store.insertRating(villageId, channel, booking, session == null ? sessionId : Long.valueOf(session.id()),
                session == null ? null : session.volunteerId(), a, now);
    }

    /** The invitations the village's kiosk shows now, oldest first: of sessions not deleted, with the ticket they came from. */
    List<KioskInvite> kioskInvites(long villageId, LocalDateTime now) {
        List<RatingStore.KioskLink> links = store.kioskLinks(villageId, now);
        Map<Long, RatedSessions.Facts> of = sessions.sessions(links.stream().map(RatingStore.KioskLink::sessionId).toList());
        Map<Long, RatedBookings.Facts> tickets = bookings.bookings(of.values().stream().map(RatedSessions.Facts::bookingId)
                .filter(Objects::nonNull).toList());
        return links.stream().filter(l -> of.containsKey(l.sessionId()) && !of.get(l.sessionId()).deleted()).map(l -> {
            RatedSessions.Facts s = of.get(l.sessionId());
            RatedBookings.Facts b = s.bookingId() == null ? null : tickets.get(s.bookingId());
            return new KioskInvite(l.id(), b == null ? null : b.ticketNumber(), s.startedAt());
        }).toList();
    }
}
