package vn.tramso.booking;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.tramso.rating.RatedBookings;

/**
 * Booking's answers to rating's questions about bookings (rating cannot call booking, which depends
 * on it: docs/decisions/011-calls-and-events-between-features.md). No place is checked: a ticket's
 * link is made and answered by residents who sign in to nothing, as it was when rating read the table.
 */
@Component
class BookingsForRating implements RatedBookings {

    private final BookingStore store;

    BookingsForRating(BookingStore store) {
        this.store = store;
    }

    @Override
    public Map<Long, Facts> bookings(Collection<Long> ids) {
        Map<Long, Facts> facts = new LinkedHashMap<>();
        store.byIds(ids.stream().filter(Objects::nonNull).distinct().toList()).forEach(b -> facts.put(b.id(),
                new Facts(b.id(), b.villageId(), b.serviceDate(), b.state() == BookingState.DONE, b.ticketNumber())));
        return facts;
    }
}
