package vn.tramso.helpsession;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tramso.household.Gender;

/**
 * A help session as saved.
 *
 * @param memberName the member helped, for the volunteer's own screens; {@code null} when anonymous
 * @param deleted    soft-deleted: kept, counted nowhere
 */
public record HelpSession(long id, long villageId, long volunteerId, String volunteerName, Long bookingId,
                          LocalDateTime startedAt, int minutes, SessionPlace place, List<TopicOutcome> topics,
                          Autonomy autonomy, Referral referral, Referral.State referralState, boolean firstVisit,
                          Long memberId, String memberName, AgeBand ageBand, Gender gender, String groupTitle,
                          int headCount, String notes, LocalDateTime createdAt, boolean deleted, int version) {

    public HelpSession {
        topics = List.copyOf(topics);
    }

    /** The record in one line, as the change journal keeps it. */
    public String describe() {
        return String.join(" | ", startedAt.toString(), minutes + " min", place.name(),
                topics.stream().map(t -> t.topic().name() + ":" + t.outcome().name() + (t.reason() == null ? "" : "/" + t.reason().name()))
                        .collect(Collectors.joining(",")),
                autonomy.name(), referral.name() + (referralState == null ? "" : "/" + referralState.name()),
                firstVisit ? "first" : "returning",
                memberId != null ? "member " + memberId : groupTitle != null ? "group " + groupTitle + " x" + headCount
                        : "anonymous " + (ageBand == null ? "-" : ageBand.name()) + " " + (gender == null ? "-" : gender.name()),
                notes == null ? "" : notes);
    }

    /** This session with the names of its volunteer and member, asked of account and household ({@link SessionNames}). */
    HelpSession named(Map<Long, String> volunteers, Map<Long, String> members) {
        return new HelpSession(id, villageId, volunteerId, volunteers.get(volunteerId), bookingId, startedAt, minutes, place, topics,
                autonomy, referral, referralState, firstVisit, memberId, memberId == null ? null : members.get(memberId), ageBand,
                gender, groupTitle, headCount, notes, createdAt, deleted, version);
    }

    /** A draft filled from this session, for an edit. */
    public SessionDraft draft() {
        return new SessionDraft(bookingId, villageId, startedAt, minutes, place, topics, autonomy, referral, referralState,
                firstVisit, memberId, ageBand, gender, groupTitle, headCount, notes);
    }
}
