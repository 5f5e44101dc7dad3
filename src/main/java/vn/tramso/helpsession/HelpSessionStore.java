package vn.tramso.helpsession;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tramso.base.Topic;
import vn.tramso.household.Gender;
import vn.tramso.rating.RatedSessions;

/**
 * The SQL of help sessions, their topics and their change journal. Sessions and changes keep account
 * and member ids: {@link SessionNames} asks account and household for the names.
 */
@Repository
class HelpSessionStore {

    private static final String SELECT = "SELECT s.* FROM help_session s";

    private static final String NEWEST = " ORDER BY s.started_at DESC, s.id DESC LIMIT 200";

    private final JdbcClient jdbc;

    HelpSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(SessionDraft d, long volunteerId, LocalDateTime now) {
        long id = jdbc.sql("""
                        INSERT INTO help_session (village_id, volunteer_id, booking_id, started_at, minutes, place, autonomy,
                            referral, referral_state, first_visit, member_id, age_band, gender, group_title, head_count, notes,
                            created_at, updated_at)
                        VALUES (:village, :volunteer, :booking, :startedAt, :minutes, :place, :autonomy, :referral, :referralState,
                            :firstVisit, :member, :ageBand, :gender, :groupTitle, :headCount, :notes, :now, :now)
                        RETURNING id
                        """)
                .params(params(d)).param("volunteer", volunteerId).param("booking", d.bookingId()).param("now", now)
                .query(Long.class).single();
        insertTopics(id, d.topics());
        return id;
    }

    /** Updates the session if it is still at {@code version}; false when someone changed it meanwhile. */
    boolean update(long id, int version, SessionDraft d, LocalDateTime now) {
        int rows = jdbc.sql("""
                        UPDATE help_session SET started_at = :startedAt, minutes = :minutes, place = :place, autonomy = :autonomy,
                            referral = :referral, referral_state = :referralState, first_visit = :firstVisit, member_id = :member,
                            age_band = :ageBand, gender = :gender, group_title = :groupTitle, head_count = :headCount,
                            notes = :notes, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version AND deleted_at IS NULL
                        """)
                .params(params(d)).param("id", id).param("version", version).param("now", now).update();
        if (rows == 1) {
            jdbc.sql("DELETE FROM help_session_topic WHERE session_id = :id").param("id", id).update();
            insertTopics(id, d.topics());
        }
        return rows == 1;
    }

    boolean delete(long id, int version, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE help_session SET deleted_at = :now, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version AND deleted_at IS NULL
                        """)
                .param("id", id).param("version", version).param("now", now).update() == 1;
    }

    boolean referralState(long id, int version, Referral.State state, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE help_session SET referral_state = :state, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version AND deleted_at IS NULL AND referral <> 'NONE'
                        """)
                .param("id", id).param("version", version).param("state", state.name()).param("now", now).update() == 1;
    }

    void journal(long id, SessionChange.Kind kind, long by, LocalDateTime at, String reason, String record) {
        jdbc.sql("""
                        INSERT INTO help_session_change (session_id, kind, changed_by, changed_at, reason, record)
                        VALUES (:id, :kind, :by, :at, :reason, :record)
                        """)
                .param("id", id).param("kind", kind.name()).param("by", by).param("at", at).param("reason", reason)
                .param("record", record.length() > 1000 ? record.substring(0, 1000) : record).update();
    }

    /** The session's changes, oldest first, without the names of who made them. */
    List<SessionChange> changes(long id) {
        return jdbc.sql("""
                        SELECT c.kind, c.changed_by, c.changed_at, c.reason, c.record FROM help_session_change c
                        WHERE c.session_id = :id ORDER BY c.changed_at, c.id
                        """)
                .param("id", id)
                .query((rs, n) -> new SessionChange(SessionChange.Kind.valueOf(rs.getString(1)), rs.getLong(2), null,
                        rs.getObject(3, LocalDateTime.class), rs.getString(4), rs.getString(5)))
                .list();
    }

    Optional<HelpSession> byId(long id) {
        return sessions(new SessionCriteria.One(id)).stream().findFirst();
    }

    /** The sessions asked for, newest first, at most 200, without the names of their volunteer and member. */
    List<HelpSession> sessions(SessionCriteria criteria) {
        var spec = switch (criteria) {
            case SessionCriteria.One(long id) -> jdbc.sql(SELECT + " WHERE s.id = :id" + NEWEST).param("id", id);
            case SessionCriteria.OfVolunteer(long volunteer, LocalDateTime since) ->
                    jdbc.sql(SELECT + " WHERE s.volunteer_id = :me AND s.started_at >= :since" + NEWEST)
                            .param("me", volunteer).param("since", since);
            case SessionCriteria.OfVillage(long village, LocalDateTime from, LocalDateTime to) ->
                    jdbc.sql(SELECT + " WHERE s.village_id = :v AND s.started_at >= :from AND s.started_at < :to" + NEWEST)
                            .param("v", village).param("from", from).param("to", to);
            case SessionCriteria.OfVolunteerIn(long volunteer, long village) ->
                    jdbc.sql(SELECT + " WHERE s.volunteer_id = :me AND s.village_id = :v AND s.deleted_at IS NULL" + NEWEST)
                            .param("me", volunteer).param("v", village);
        };
        List<Row> rows = spec.query(HelpSessionStore::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TopicOutcome>> topics = new HashMap<>();
        jdbc.sql("SELECT session_id, topic, outcome, reason FROM help_session_topic WHERE session_id IN (:ids)")
                .param("ids", rows.stream().map(r -> r.id).toList())
                .query(rs -> {
                    topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TopicOutcome(
                            Topic.valueOf(rs.getString(2)), Outcome.valueOf(rs.getString(3)),
                            rs.getString(4) == null ? null : Outcome.Reason.valueOf(rs.getString(4))));
                });
        return rows.stream().map(r -> r.session(topics.getOrDefault(r.id, List.of()))).toList();
    }

    /** What rating needs of these sessions (deleted ones too); an id that is no session is left out. */
    List<RatedSessions.Facts> ratingFacts(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : jdbc.sql(RATING_FACTS + " WHERE id IN (:ids)").param("ids", ids)
                .query(HelpSessionStore::ratingFacts).list();
    }

    /** What rating needs of the session recorded for the booking, deleted or not. */
    Optional<RatedSessions.Facts> ratingFactsOfBooking(long bookingId) {
        return jdbc.sql(RATING_FACTS + " WHERE booking_id = :b").param("b", bookingId).query(HelpSessionStore::ratingFacts)
                .optional();
    }

    private static final String RATING_FACTS = """
            SELECT id, village_id, volunteer_id, booking_id, started_at, minutes, deleted_at IS NOT NULL FROM help_session""";

    private static RatedSessions.Facts ratingFacts(ResultSet rs, int n) throws SQLException {
        return new RatedSessions.Facts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, Long.class),
                rs.getObject(5, LocalDateTime.class), rs.getInt(6), rs.getBoolean(7));
    }

    /** The volunteer's session durations used at least {@code times} times since {@code since}, most used first. */
    List<Integer> frequentMinutes(long volunteerId, LocalDateTime since, int times) {
        return jdbc.sql("""
                        SELECT minutes FROM help_session WHERE volunteer_id = :v AND started_at >= :since AND deleted_at IS NULL
                        GROUP BY minutes HAVING COUNT(*) >= :times ORDER BY COUNT(*) DESC, minutes LIMIT 5
                        """)
                .param("v", volunteerId).param("since", since).param("times", times).query(Integer.class).list();
    }

    WeekTotals totals(long volunteerId, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                        SELECT COUNT(*), COALESCE(SUM(head_count), 0), COALESCE(SUM(minutes), 0),
                               COALESCE(SUM((SELECT COUNT(*) FROM help_session_topic t WHERE t.session_id = s.id AND t.outcome = 'DONE')), 0)
                        FROM help_session s
                        WHERE s.volunteer_id = :v AND s.started_at >= :from AND s.started_at < :to AND s.deleted_at IS NULL
                        """)
                .param("v", volunteerId).param("from", from).param("to", to)
                .query((rs, n) -> new WeekTotals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }

    private void insertTopics(long id, List<TopicOutcome> topics) {
        for (TopicOutcome t : topics) {
            jdbc.sql("INSERT INTO help_session_topic (session_id, topic, outcome, reason) VALUES (:id, :topic, :outcome, :reason)")
                    .param("id", id).param("topic", t.topic().name()).param("outcome", t.outcome().name())
                    .param("reason", t.reason() == null ? null : t.reason().name()).update();
        }
    }

    private static Map<String, Object> params(SessionDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("village", d.villageId());
        p.put("startedAt", d.startedAt());
        p.put("minutes", d.minutes());
        p.put("place", d.place().name());
        p.put("autonomy", d.autonomy().name());
        p.put("referral", d.referral().name());
        p.put("referralState", d.referralState() == null ? null : d.referralState().name());
        p.put("firstVisit", d.firstVisit());
        p.put("member", d.memberId());
        p.put("ageBand", d.ageBand() == null ? null : d.ageBand().name());
        p.put("gender", d.gender() == null ? null : d.gender().name());
        p.put("groupTitle", d.isGroup() ? d.groupTitle().strip() : null);
        p.put("headCount", d.headCount());
        p.put("notes", d.notes() == null || d.notes().isBlank() ? null : d.notes().strip());
        return p;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs);
    }

    /** A session row read before its topics. */
    private static final class Row {
        final long id;
        final HelpSession partial;

        Row(long id, ResultSet rs) throws SQLException {
            this.id = id;
            String referralState = rs.getString("referral_state");
            String ageBand = rs.getString("age_band");
            String gender = rs.getString("gender");
            partial = new HelpSession(id, rs.getLong("village_id"), rs.getLong("volunteer_id"), null,
                    rs.getObject("booking_id", Long.class), rs.getObject("started_at", LocalDateTime.class), rs.getInt("minutes"),
                    SessionPlace.valueOf(rs.getString("place")), List.of(), Autonomy.valueOf(rs.getString("autonomy")),
                    Referral.valueOf(rs.getString("referral")), referralState == null ? null : Referral.State.valueOf(referralState),
                    rs.getBoolean("first_visit"), rs.getObject("member_id", Long.class), null,
                    ageBand == null ? null : AgeBand.valueOf(ageBand), gender == null ? null : Gender.valueOf(gender),
                    rs.getString("group_title"), rs.getInt("head_count"), rs.getString("notes"),
                    rs.getObject("created_at", LocalDateTime.class), rs.getObject("deleted_at") != null, rs.getInt("version"));
        }

        HelpSession session(List<TopicOutcome> topics) {
            HelpSession p = partial;
            return new HelpSession(p.id(), p.villageId(), p.volunteerId(), p.volunteerName(), p.bookingId(), p.startedAt(),
                    p.minutes(), p.place(), topics, p.autonomy(), p.referral(), p.referralState(), p.firstVisit(), p.memberId(),
                    p.memberName(), p.ageBand(), p.gender(), p.groupTitle(), p.headCount(), p.notes(), p.createdAt(),
                    p.deleted(), p.version());
        }
    }
}
