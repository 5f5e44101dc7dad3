package vn.tramso.booking;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.QuotaStore;

/**
 * Deletes bookings (names, phone numbers, messages) {@link #DAYS} days after the day of help, as
 * residents are told, with that day's place and ticket counters; and quota counts (hashed phone
 * numbers among them) once their week is over.
 */
@Component
public class BookingRetention {

    public static final int DAYS = 90;
    private static final Logger log = LoggerFactory.getLogger(BookingRetention.class);

    private final BookingStore store;
    private final DayCounterStore counters;
    private final QuotaStore quotas;
    private final Clock clock;

    BookingRetention(BookingStore store, DayCounterStore counters, QuotaStore quotas, Clock clock) {
        this.store = store;
        this.counters = counters;
        this.quotas = quotas;
        this.clock = clock;
    }

    @Transactional
    public int purge() {
        LocalDate before = LocalDate.now(clock).minusDays(DAYS);
        int deleted = store.deleteBefore(before);
        counters.deleteBefore(before);
        quotas.forgetBefore(LocalDate.now(clock).minusDays(8).atStartOfDay());
        if (deleted > 0) {
            log.info("Deleted {} bookings older than {} days", deleted, DAYS);
        }
        return deleted;
    }
}
