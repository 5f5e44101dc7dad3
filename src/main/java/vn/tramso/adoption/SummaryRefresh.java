package vn.tramso.adoption;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.booking.BookingRetention;

/**
 * Keeps the summary tables up to date: every few minutes, the days and villages whose raw records
 * changed since the watermark; every night, the last {@link #NIGHTLY_DAYS} days and the stocks of
 * this and last month in full; and everything when there is no watermark yet. Booking figures of
 * days past the bookings' retention are kept as they were (the bookings are gone by then).
 */
@Service
public class SummaryRefresh {

    /** Records committed by a transaction that started before the last refresh are read again. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    static final int NIGHTLY_DAYS = 60;

    private static final Logger log = LoggerFactory.getLogger(SummaryRefresh.class);

    private final SummaryStore store;
    private final Clock clock;

    SummaryRefresh(SummaryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Refreshes what changed since the last refresh (everything, the first time). */
    @Transactional
    public void refresh() {
        LocalDateTime now = now();
        Optional<LocalDateTime> mark = store.watermark();
        if (mark.isEmpty()) {
            rebuild();
            return;
        }
        LocalDateTime since = mark.get().minus(OVERLAP);
        List<LocalDate> days = store.changedDays(since);
        days.forEach(day -> days(day, day.plusDays(1)));
        LocalDate today = now.toLocalDate();
        LocalDate month = today.withDayOfMonth(1);
        if (mark.get().toLocalDate().isBefore(month)) {
            store.month(month.minusMonths(1), today, null); // the month that ended since: its final stocks
            store.month(month, today, null);
        } else {
            store.month(month, today, store.changedVillages(since));
        }
        store.watermark(now, now);
        log.debug("Summaries refreshed: {} days", days.size());
    }

    /** The nightly run: the last days and this and last month's stocks, in full. */
    @Transactional
    public void nightly() {
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        days(today.minusDays(NIGHTLY_DAYS), today.plusDays(1));
        store.month(today.withDayOfMonth(1).minusMonths(1), today, null);
        store.month(today.withDayOfMonth(1), today, null);
        store.watermark(now, now);
    }

    /** Builds every summary from the first record on. */
    @Transactional
    public void rebuild() {
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        LocalDate first = store.firstDay().orElse(today);
        days(first, today.plusDays(1));
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(today); m = m.plusMonths(1)) {
            store.month(m, today, null);
        }
        store.watermark(now, now);
        log.info("Summaries rebuilt from {} to {}", first, today);
    }

    private void days(LocalDate from, LocalDate to) {
        store.sessions(from, to);
        store.ratings(from, to);
        store.concerns(from, to);
        LocalDate retained = now().toLocalDate().minusDays(BookingRetention.DAYS - 1L);
        LocalDate bookingsFrom = from.isBefore(retained) ? retained : from;
        if (bookingsFrom.isBefore(to)) {
            store.bookings(bookingsFrom, to);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
