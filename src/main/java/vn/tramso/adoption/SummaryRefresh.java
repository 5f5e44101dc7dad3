package vn.tramso.adoption;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
 * changed since the watermark, and the months holding those days rolled up again; every night, the
 * last {@link #NIGHTLY_DAYS} days and every month's stocks in full; and everything when there is no
 * watermark yet. Booking figures of days past the bookings' retention are kept as they were (the
 * bookings are gone by then).
 */
@Service
public class SummaryRefresh {

    /** Records committed by a transaction that started before the last refresh are read again. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    static final int NIGHTLY_DAYS = 60;
    /** The nightly run is due from this time of day: after the bookings' day end has marked the day's no-shows. */
    static final LocalTime NIGHTLY_FROM = LocalTime.of(0, 45);
    static final String SUMMARIES = "summaries";
    static final String NIGHTLY = "nightly";
    /** Villages per statement when all villages' stocks are taken: each stays well within the 30-second statement limit. */
    static final int STOCK_BATCH = 50;

    private static final Logger log = LoggerFactory.getLogger(SummaryRefresh.class);

    private final SummaryStore store;
    private final StockStore stockStore;
    private final Clock clock;

    SummaryRefresh(SummaryStore store, StockStore stockStore, Clock clock) {
        this.store = store;
        this.stockStore = stockStore;
        this.clock = clock;
    }

    /**
     * The scheduled work: the nightly run on the first call after {@link #NIGHTLY_FROM} of each day,
     * else a refresh. One job does both, so they never run at once and a nightly run is never
     * skipped because a refresh held the job's lock.
     */
    @Transactional
    public void scheduled() {
        LocalDateTime now = now();
        LocalDateTime due = now.toLocalDate().atTime(NIGHTLY_FROM);
        boolean nightlyDue = !now.isBefore(due) && store.watermark(SUMMARIES).isPresent()
                && store.watermark(NIGHTLY).map(last -> last.isBefore(due)).orElse(true);
        if (nightlyDue) {
            nightly();
        } else {
            refresh();
        }
    }

    /** Refreshes what changed since the last refresh (everything, the first time). */
    @Transactional
    public void refresh() {
        LocalDateTime now = now();
        Optional<LocalDateTime> mark = store.watermark(SUMMARIES);
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
            stocks(month.minusMonths(1), today, stockStore.villageIds()); // with the month that ended since: its final stocks
        } else {
            stocks(month, today, stockStore.changedVillages(since));
        }
        store.watermark(SUMMARIES, now);
        log.debug("Summaries refreshed: {} days", days.size());
    }

    /** The nightly run: the last days in full, and every month's stocks (one pass over the villages' records gives them all). */
    @Transactional
    public void nightly() {
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        LocalDate from = today.minusDays(NIGHTLY_DAYS);
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(today); m = m.plusMonths(1)) {
            days(m.isBefore(from) ? from : m, m.plusMonths(1));
            store.rollUp(m, m.plusMonths(1));
        }
        stocks(store.firstDay().orElse(today).withDayOfMonth(1), today, stockStore.villageIds());
        store.watermark(SUMMARIES, now);
        store.watermark(NIGHTLY, now);
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
        }
        stocks(first.withDayOfMonth(1), today, stockStore.villageIds());
        store.watermark(SUMMARIES, now);
        store.watermark(NIGHTLY, now);
        log.info("Summaries rebuilt from {} to {}", first, today);
    }

    /** The villages' stocks of the months from {@code from} to today's, {@link #STOCK_BATCH} villages at a time. */
    private void stocks(LocalDate from, LocalDate today, List<Long> villages) {
        for (int i = 0; i < villages.size(); i += STOCK_BATCH) {
            stockStore.stocks(from, today.withDayOfMonth(1), today, villages.subList(i, Math.min(villages.size(), i + STOCK_BATCH)));
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
