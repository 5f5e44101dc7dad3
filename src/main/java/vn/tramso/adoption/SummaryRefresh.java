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
 * changed since the watermark, and the months holding those days rolled up again; every night, the last {@link #NIGHTLY_DAYS} days and the stocks of
 * this and last month in full; and everything when there is no watermark yet. Booking figures of
 * days past the bookings' retention are kept as they were (the bookings are gone by then).
 */
@Service
public class SummaryRefresh {

    /** Records committed by a transaction that started before the last refresh are read again. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    static final int NIGHTLY_DAYS = 60;
    /** Villages per statement when all villages' stocks are taken: each stays well within the 30-second statement limit. */
    static final int STOCK_BATCH = 50;

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
        days.stream().map(day -> day.withDayOfMonth(1)).distinct().forEach(m -> store.rollUp(m, m.plusMonths(1)));
        LocalDate today = now.toLocalDate();
        LocalDate month = today.withDayOfMonth(1);
        if (mark.get().toLocalDate().isBefore(month)) {
            stocks(month.minusMonths(1), today); // the month that ended since: its final stocks
            stocks(month, today);
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
        LocalDate from = today.minusDays(NIGHTLY_DAYS);
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(today); m = m.plusMonths(1)) {
            days(m.isBefore(from) ? from : m, m.plusMonths(1));
            store.rollUp(m, m.plusMonths(1));
        }
        stocks(today.withDayOfMonth(1).minusMonths(1), today);
        stocks(today.withDayOfMonth(1), today);
        store.watermark(now, now);
    }

    /** Builds every summary from the first record on. */
    @Transactional
    public void rebuild() {
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        LocalDate first = store.firstDay().orElse(today);
        // A month at a time: each statement stays well within the 30-second statement limit at province scale.
        for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(today); m = m.plusMonths(1)) {
            days(m, m.plusMonths(1));
            store.rollUp(m, m.plusMonths(1));
            stocks(m, today);
        }
        store.watermark(now, now);
        log.info("Summaries rebuilt from {} to {}", first, today);
    }

    /** Every village's stocks for the month, {@link #STOCK_BATCH} villages at a time. */
    private void stocks(LocalDate month, LocalDate today) {
        List<Long> villages = store.villageIds();
        for (int i = 0; i < villages.size(); i += STOCK_BATCH) {
            store.month(month, today, villages.subList(i, Math.min(villages.size(), i + STOCK_BATCH)));
        }
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
