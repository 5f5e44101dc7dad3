package vn.tramso.helpsession;

import java.time.LocalDateTime;
import java.util.List;
import vn.tramso.household.Gender;

/**
 * A help session as the form fills it, before it is saved.
 *
 * @param bookingId  the queue's booking it was started from, or {@code null}
 * @param memberId   the household member helped, or {@code null} when anonymous or a group
 * @param ageBand    an anonymous resident's age band, optional
 * @param groupTitle a group session's title (a class at the cultural house), or {@code null}
 * @param headCount  1, or how many came to the group session
 */
public record SessionDraft(Long bookingId, long villageId, LocalDateTime startedAt, Integer minutes, SessionPlace place,
                           List<TopicOutcome> topics, Autonomy autonomy, Referral referral, Referral.State referralState,
                           boolean firstVisit, Long memberId, AgeBand ageBand, Gender gender, String groupTitle,
                           int headCount, String notes) {

    public SessionDraft {
        topics = List.copyOf(topics);
    }

    public boolean isGroup() {
        return groupTitle != null && !groupTitle.isBlank();
    }
}
