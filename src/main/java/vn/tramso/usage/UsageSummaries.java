package vn.tramso.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * Keeps the daily usage summaries up to date, as adoption's are (docs/decisions/005): each refresh
 * rebuilds in full the days of the events received since the last one (an offline kiosk's events
 * can belong to a day weeks back), and deletes raw events older than {@link #KEEP_DAYS}. A day is
 * only rebuilt while its raw events are all still there: events older than
 * {@link KioskUsage#OLDEST} are refused, far within {@link #KEEP_DAYS}.
 */
@Service
public class UsageSummaries {

    /** How long raw events (with their visit ids) are kept; the daily counts stay. */
    public static final int KEEP_DAYS = 60;
    /** Events received by a transaction that started before the last refresh are read again. */
    static final Duration OVERLAP = Duration.ofMinutes(2);
    /** Rows per DELETE, so a purge never holds a long lock. */
    static final int PURGE_BATCH = 5_000;

    private final UsageStore events;
    private final UsageSummaryStore summaries;
    private final Places places;
    private final Clock clock;

    UsageSummaries(UsageStore events, UsageSummaryStore summaries, Places places, Clock clock) {
        this.events = events;
        this.summaries = summaries;
        this.places = places;
        this.clock = clock;
    }

    /** Rebuilds the days whose events arrived since the last refresh (all kept days, the first time). */
    @Transactional
    public void refresh() {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        List<LocalDate> days = summaries.watermark()
                .map(mark -> events.changedDays(mark.minus(OVERLAP)))
                .orElseGet(() -> Stream.iterate(now.toLocalDate().minusDays(KEEP_DAYS), d -> !d.isAfter(now.toLocalDate()),
                        d -> d.plusDays(1)).toList());
        days.forEach(this::rebuild);
        summaries.watermark(now);
    }

    /** One day's summaries from its raw events. */
    void rebuild(LocalDate day) {
        List<UsageStore.DayCount> dayCounts = events.dayCounts(day, day.plusDays(1));
        List<UsageStore.StepCount> stepCounts = events.stepCounts(day, day.plusDays(1));
        Map<Long, Village> villages = places.villages(dayCounts.stream().map(UsageStore.DayCount::villageId).toList());
        summaries.replace(day, day.plusDays(1), dayCounts, stepCounts, villages);
    }

    /** Deletes the raw events older than {@link #KEEP_DAYS}; returns how many. */
    public int purge() {
        LocalDateTime before = LocalDate.now(clock).minusDays(KEEP_DAYS).atStartOfDay();
        int total = 0;
        int deleted;
        do {
            deleted = events.purge(before, PURGE_BATCH);
            total += deleted;
        } while (deleted == PURGE_BATCH);
        return total;
    }
}
