package vn.tramso.rating;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What rating asks about bookings, answered by booking. Bookings are booking's table, and booking
 * depends on rating (a ticket shows the QR code of its rating link), so rating does not call it: it
 * declares what it needs here and booking implements it
 * (docs/decisions/011-calls-and-events-between-features.md).
 */
public interface RatedBookings {

    /**
     * A booking as its rating needs it.
     *
     * @param done its help is over: its link opens only then
     */
    record Facts(long id, long villageId, LocalDate serviceDate, boolean done, int ticketNumber) {
    }

    /** These bookings by id; an id that is no booking (or one deleted after its retention) is left out. */
    Map<Long, Facts> bookings(Collection<Long> ids);

    default Optional<Facts> booking(long id) {
        return Optional.ofNullable(bookings(List.of(id)).get(id));
    }
}
