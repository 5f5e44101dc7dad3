package vn.tramso.booking;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Closes the past days' queues after midnight: whoever was booked, waiting or called and never
 * helped counts as a no-show, so that the days' figures are final. A session still "being helped"
 * is left for its volunteer to finish.
 */
@Component
public class DayEnd {

    private static final Logger log = LoggerFactory.getLogger(DayEnd.class);

    private final BookingStore store;
    private final Clock clock;

    DayEnd(BookingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public int closePastDays() {
        int closed = store.markNoShowsBefore(LocalDate.now(clock));
        if (closed > 0) {
            log.info("Marked {} bookings of past days as no-shows", closed);
        }
        return closed;
    }
}
