package vn.tramso.helpsession;

import java.time.LocalDateTime;

/** Which sessions {@link HelpSessionStore#sessions} lists, newest first, at most 200. */
sealed interface SessionCriteria {

    record One(long id) implements SessionCriteria {
    }

    /** The volunteer's sessions since a time, deleted ones too. */
    record OfVolunteer(long volunteerId, LocalDateTime since) implements SessionCriteria {
    }

    /** The village's sessions in {@code [from, to)}, deleted ones too. */
    record OfVillage(long villageId, LocalDateTime from, LocalDateTime to) implements SessionCriteria {
    }

    /** The volunteer's sessions in the village, not deleted. */
    record OfVolunteerIn(long volunteerId, long villageId) implements SessionCriteria {
    }
}
