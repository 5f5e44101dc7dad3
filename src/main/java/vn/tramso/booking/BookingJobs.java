package vn.tramso.booking;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tramso.base.JobLocks;

/**
 * The nightly jobs of booking, in the villages' time zone: close the past days' queues after
 * midnight, then delete what is past retention (and the booking codes' misses of yesterday). Off where {@code tramso.scheduling.enabled=false}
 * (the tests, which run the jobs themselves against a clock they set).
 */
@Component
@ConditionalOnProperty(name = "tramso.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class BookingJobs {

    private final DayEnd dayEnd;
    private final BookingRetention retention;
    private final CodeGuesses codes;

    BookingJobs(DayEnd dayEnd, BookingRetention retention, CodeGuesses codes) {
        this.dayEnd = dayEnd;
        this.retention = retention;
        this.codes = codes;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "${tramso.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "booking-day-end", lockAtMostFor = "PT30M", lockAtLeastFor = JobLocks.DAILY)
    void closePastDays() {
        dayEnd.closePastDays();
    }

    @Scheduled(cron = "0 30 2 * * *", zone = "${tramso.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "booking-purge", lockAtMostFor = "PT30M", lockAtLeastFor = JobLocks.DAILY)
    void purge() {
        retention.purge();
        codes.forgetOld();
    }
}
