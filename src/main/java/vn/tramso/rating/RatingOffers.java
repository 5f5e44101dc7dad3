package vn.tramso.rating;

import static vn.tramso.rating.RatingRefusedException.Reason.NOT_YOUR_SESSION;
import static vn.tramso.rating.RatingRefusedException.Reason.TOO_LATE;
import static vn.tramso.rating.RatingRefusedException.Reason.UNKNOWN_LINK;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import vn.tramso.base.Hashes;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.VillageId;

/**
 * The links a rating is offered with: a ticket's, and a session's, which only the volunteer who
 * logged the session offers, within {@link Ratings#OFFER_WINDOW} (the receipt's QR code, the device
 * handed over, the invitation on the kiosk), the account that did being kept with the link. Only a
 * token's hash is kept.
 */
@Component
class RatingOffers {

    private final RatingStore store;
    private final RatedHelp help;
    private final PlaceScope scope;
    private final Clock clock;

    RatingOffers(RatingStore store, RatedHelp help, PlaceScope scope, Clock clock) {
        this.store = store;
        this.help = help;
        this.scope = scope;
        this.clock = clock;
    }

    /** A ticket's link, {@code rating/<token>}, kept with the signed-in staff member if any (none at the kiosk). */
    String forBooking(long bookingId) {
        RatedBookings.Facts booking = help.booking(bookingId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        String token = Hashes.randomToken(16);
        store.insertLink(Hashes.sha256(token), booking.villageId(), bookingId, null, RatingStore.Way.PHONE,
                StaffUser.current().map(StaffUser::id).orElse(null), now(), expiry(booking.serviceDate()));
        return Ratings.LINK_PATH + token;
    }

    /** A session receipt's link, {@code rating/<token>}. */
    String forSession(long sessionId) {
        RatedSessions.Facts session = offered(sessionId);
        String token = Hashes.randomToken(16);
        store.insertLink(Hashes.sha256(token), session.villageId(), null, sessionId, RatingStore.Way.PHONE,
                session.volunteerId(), now(), expiry(session.startedAt().toLocalDate()));
        return Ratings.LINK_PATH + token;
    }

    /** A link answered on a device in the room (no token travels), open for {@code life}, kept with who opened it. */
    long onDevice(long sessionId, RatingStore.Way way, Duration life) {
        RatedSessions.Facts session = offered(sessionId);
        LocalDateTime now = now();
        return store.insertLink(Hashes.sha256(Hashes.randomToken(16)), session.villageId(), null, sessionId, way,
                session.volunteerId(), now, now.plus(life));
    }

    /** The session whose rating the signed-in staff member may offer now: they logged it, and it ended lately. */
    private RatedSessions.Facts offered(long sessionId) {
        RatedSessions.Facts session = help.session(sessionId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        scope.village(new VillageId(session.villageId()));
        if (session.volunteerId() != StaffUser.require().id()) {
            throw new RatingRefusedException(NOT_YOUR_SESSION);
        }
        if (now().isAfter(session.endedAt().plus(Ratings.OFFER_WINDOW))) {
            throw new RatingRefusedException(TOO_LATE);
        }
        return session;
    }

    /** A link's end: {@link Ratings#LINK_LIFE} after the end of the day of help, not after the day it was made. */
    private static LocalDateTime expiry(LocalDate helpDay) {
        return helpDay.plusDays(1).atStartOfDay().plus(Ratings.LINK_LIFE);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
