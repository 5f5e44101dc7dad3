package vn.tramso.rating;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tramso.base.JobLocks;

/**
 * The nightly job of rating, in the villages' time zone: the volunteers of ratings saved without one
 * ({@link RatingVolunteers}). Off where {@code tramso.scheduling.enabled=false} (the tests run it themselves).
 */
@Component
@ConditionalOnProperty(name = "tramso.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class RatingJobs {

    private final RatingVolunteers volunteers;

    RatingJobs(RatingVolunteers volunteers) {
        this.volunteers = volunteers;
    }

    @Scheduled(cron = "0 45 2 * * *", zone = "${tramso.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "rating-volunteers", lockAtMostFor = "PT30M", lockAtLeastFor = JobLocks.DAILY)
    void fillMissingVolunteers() {
        volunteers.fillMissing();
    }
}
