package vn.tramso.rating;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills in the volunteer of ratings saved without one. Since V29 an answer about a help session
 * keeps the session's volunteer, and the volunteers' figures count on that alone; V29 filled in the
 * answers saved before it, but during a rolling upgrade a node of the previous version may still
 * save answers without it. This repair, run every night (RatingJobs), asks helpsession for those
 * sessions' volunteers (through {@link RatedSessions}, decision 011) so no answer stays uncounted.
 */
@Component
class RatingVolunteers {

    private static final Logger log = LoggerFactory.getLogger(RatingVolunteers.class);
    static final int BATCH = 500;

    private final RatingStore store;
    private final RatedSessions sessions;

    RatingVolunteers(RatingStore store, RatedSessions sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    /** @return how many ratings got their volunteer */
    @Transactional
    public int fillMissing() {
        List<Long> ids = store.sessionsRatedWithoutVolunteer(BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, RatedSessions.Facts> facts = sessions.sessions(ids);
        int filled = facts.values().stream().mapToInt(f -> store.keepVolunteer(f.id(), f.volunteerId())).sum();
        log.info("Kept the volunteer on {} ratings saved without one", filled);
        return filled;
    }
}
