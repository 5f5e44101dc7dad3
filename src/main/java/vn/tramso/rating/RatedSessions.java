package vn.tramso.rating;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What rating asks about help sessions, answered by helpsession. Help sessions are helpsession's
 * table, and helpsession depends on rating (its screens offer a session's rating), so rating does not
 * call it: it declares what it needs here and helpsession implements it
 * (docs/decisions/011-calls-and-events-between-features.md).
 */
public interface RatedSessions {

    /**
     * A session as its rating needs it: where, whose, when, and from which booking.
     *
     * @param deleted soft-deleted as a mistake: its links no longer work
     */
    record Facts(long id, long villageId, long volunteerId, Long bookingId, LocalDateTime startedAt, int minutes, boolean deleted) {

        LocalDateTime endedAt() {
            return startedAt.plusMinutes(minutes);
        }
    }

    /** These sessions by id, deleted ones too; an id that is no session is left out. */
    Map<Long, Facts> sessions(Collection<Long> ids);

    /** The session recorded for a booking (there is at most one), deleted or not. */
    Optional<Facts> ofBooking(long bookingId);

    /** One session, deleted or not. */
    default Optional<Facts> session(long id) {
        return Optional.ofNullable(sessions(List.of(id)).get(id));
    }
}
