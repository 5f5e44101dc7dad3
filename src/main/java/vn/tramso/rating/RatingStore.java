package vn.tramso.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of rating links and ratings. Bookings and help sessions are not read here but asked of
 * their owners ({@link RatedHelp}); a rating keeps the volunteer of the session it is about, so their
 * figures are counted on {@code rating} alone.
 */
@Repository
class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How a link is answered: on the resident's phone, on the village's kiosk, or on the device handed over. */
    enum Way {
        PHONE, KIOSK, HAND_OVER
    }

    long insertLink(String tokenHash, long villageId, Long bookingId, Long sessionId, Way way, Long issuedBy, LocalDateTime now,
                    LocalDateTime expiresAt) {
        return jdbc.sql("""
                        INSERT INTO rating_link (token_hash, village_id, booking_id, help_session_id, at_kiosk, hand_over, issued_by,
                                                 issued_at, expires_at)
                        VALUES (:hash, :village, :booking, :session, :kiosk, :handOver, :issuedBy, :now, :expires) RETURNING id
                        """)
                .param("hash", tokenHash).param("village", villageId).param("booking", bookingId).param("session", sessionId)
                .param("kiosk", way == Way.KIOSK).param("handOver", way == Way.HAND_OVER).param("issuedBy", issuedBy)
                .param("now", now).param("expires", expiresAt).query(Long.class).single();
    }

    Optional<RatingLink> linkByHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM rating_link WHERE token_hash = :hash").param("hash", tokenHash).query(RatingStore::link).optional();
    }

    Optional<RatingLink> link(long id) {
        return jdbc.sql("SELECT * FROM rating_link WHERE id = :id").param("id", id).query(RatingStore::link).optional();
    }

    /** Marks the link used; false when it was used meanwhile. */
    boolean use(long linkId, LocalDateTime now) {
        return jdbc.sql("UPDATE rating_link SET used_at = :now WHERE id = :id AND used_at IS NULL")
                .param("id", linkId).param("now", now).update() == 1;
    }

    /** Whether any of these bookings or sessions has an answer already. */
    boolean rated(Collection<Long> bookingIds, Collection<Long> sessionIds) {
        if (bookingIds.isEmpty() && sessionIds.isEmpty()) {
            return false;
        }
        // an empty side stands as id 0, which no row has (ids start at 1)
        return jdbc.sql("SELECT COUNT(*) FROM rating r WHERE r.booking_id IN (:bookings) OR r.help_session_id IN (:sessions)")
                .param("bookings", bookingIds.isEmpty() ? List.of(0L) : bookingIds)
                .param("sessions", sessionIds.isEmpty() ? List.of(0L) : sessionIds)
                .query(Long.class).single() > 0;
    }

    /** A volunteer's invitation on a kiosk, not answered yet: its link and its session. */
    record KioskLink(long id, long sessionId) {
    }

    /** The village's kiosk invitations that are open now and whose session has no answer yet, oldest first. */
    List<KioskLink> kioskLinks(long villageId, LocalDateTime now) {
        return jdbc.sql("""
                        SELECT l.id, l.help_session_id FROM rating_link l
                        WHERE l.village_id = :village AND l.at_kiosk AND l.used_at IS NULL AND l.expires_at > :now
                          AND l.help_session_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.help_session_id = l.help_session_id)
                        ORDER BY l.issued_at
                        """)
                .param("village", villageId).param("now", now)
                .query((rs, n) -> new KioskLink(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    /**
     * Saves an answer about a booking or a session (both when the help had both), with the volunteer
     * of the session, if any.
     */
    long insertRating(long villageId, RatingChannel channel, Long bookingId, Long sessionId, Long volunteerId, RatingAnswer a,
                      LocalDateTime now) {
        long id = jdbc.sql("""
                        INSERT INTO rating (village_id, channel, booking_id, help_session_id, volunteer_id, done_today, score, comment,
                                            created_at)
                        VALUES (:village, :channel, :booking, :session, :volunteer, :done, :score, :comment, :now)
                        RETURNING id
                        """)
                .param("village", villageId).param("channel", channel.name()).param("booking", bookingId).param("session", sessionId)
                .param("volunteer", volunteerId).param("done", a.doneToday()).param("score", a.score()).param("comment", a.comment())
                .param("now", now).query(Long.class).single();
        for (RatingReason r : a.reasons()) {
            jdbc.sql("INSERT INTO rating_reason (rating_id, reason) VALUES (:id, :reason)").param("id", id).param("reason", r.name()).update();
        }
        return id;
    }

    Optional<String> publicKey(long villageId) {
        return jdbc.sql("SELECT public_key FROM rating_public_key WHERE village_id = :v").param("v", villageId).query(String.class).optional();
    }

    void insertPublicKey(long villageId, String key, LocalDateTime now) {
        jdbc.sql("INSERT IGNORE INTO rating_public_key (village_id, public_key, created_at) VALUES (:v, :key, :now)")
                .param("v", villageId).param("key", key).param("now", now).update();
    }

    Optional<Long> villageOfPublicKey(String key) {
        return jdbc.sql("SELECT village_id FROM rating_public_key WHERE public_key = :key").param("key", key).query(Long.class).optional();
    }

    /** Answers per village and channel in {@code [from, to)}. */
    Map<Long, Map<RatingChannel, RatingTotals>> byVillage(Collection<Long> villageIds, LocalDateTime from, LocalDateTime to) {
        Map<Long, Map<RatingChannel, RatingTotals>> result = new LinkedHashMap<>();
        if (villageIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        SELECT village_id, channel, COUNT(*), SUM(score), SUM(done_today) FROM rating
                        WHERE village_id IN (:villages) AND created_at >= :from AND created_at < :to
                        GROUP BY village_id, channel
                        """)
                .param("villages", villageIds).param("from", from).param("to", to)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), v -> new EnumMap<>(RatingChannel.class))
                            .put(RatingChannel.valueOf(rs.getString(2)), totals(rs, 3));
                });
        return result;
    }

    /**
     * Answers about the volunteers of these villages' sessions ({@code null}: every village), for
     * those with at least {@code min}, the residents' own apart from those given on a staff member's
     * device; without the volunteers' names, in no order.
     */
    List<VolunteerRatings> byVolunteer(Collection<Long> villageIds, Long volunteerId, int min) {
        if (villageIds != null && villageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT r.volunteer_id,
                               SUM(r.channel <> 'STAFF_DEVICE'), SUM(IF(r.channel <> 'STAFF_DEVICE', r.score, 0)),
                               SUM(IF(r.channel <> 'STAFF_DEVICE', r.done_today, 0)),
                               SUM(r.channel = 'STAFF_DEVICE'), SUM(IF(r.channel = 'STAFF_DEVICE', r.score, 0)),
                               SUM(IF(r.channel = 'STAFF_DEVICE', r.done_today, 0))
                        FROM rating r
                        WHERE r.volunteer_id IS NOT NULL AND (:all OR r.village_id IN (:villages))
                          AND (:volunteer IS NULL OR r.volunteer_id = :volunteer)
                        GROUP BY r.volunteer_id HAVING COUNT(*) >= :min
                        """)
                .param("all", villageIds == null).param("villages", villageIds == null ? List.of(0L) : villageIds)
                .param("volunteer", volunteerId).param("min", min)
                .query((rs, n) -> new VolunteerRatings(rs.getLong(1), null, totals(rs, 2), totals(rs, 5))).list();
    }

    /** A low score as stored: its village is an id, which {@link RatingFigures} names. */
    record Low(long villageId, LowRating rating) {
    }

    /** The latest low scores in these villages since {@code from}, newest first, at most {@code limit}. */
    List<Low> low(Collection<Long> villageIds, LocalDateTime from, int limit) {
        if (villageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT r.created_at, r.village_id, r.channel, r.score, r.done_today, r.comment, GROUP_CONCAT(rr.reason) AS reasons
                        FROM rating r LEFT JOIN rating_reason rr ON rr.rating_id = r.id
                        WHERE r.village_id IN (:villages) AND r.score <= :low AND r.created_at >= :from
                        GROUP BY r.id ORDER BY r.created_at DESC, r.id DESC LIMIT :limit
                        """)
                .param("villages", villageIds).param("low", RatingAnswer.LOW).param("from", from).param("limit", limit)
                .query((rs, n) -> new Low(rs.getLong(2), new LowRating(rs.getObject(1, LocalDateTime.class).toLocalDate(), null,
                        RatingChannel.valueOf(rs.getString(3)), rs.getInt(4), rs.getBoolean(5), reasons(rs.getString(7)), rs.getString(6))))
                .list();
    }

    private static Set<RatingReason> reasons(String list) {
        Set<RatingReason> reasons = EnumSet.noneOf(RatingReason.class);
        if (list != null) {
            Arrays.stream(list.split(",")).map(RatingReason::valueOf).forEach(reasons::add);
        }
        return reasons;
    }

    private static RatingTotals totals(ResultSet rs, int first) throws SQLException {
        return new RatingTotals(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2));
    }

    private static RatingLink link(ResultSet rs, int n) throws SQLException {
        return new RatingLink(rs.getLong("id"), rs.getLong("village_id"), (Long) rs.getObject("booking_id", Long.class),
                (Long) rs.getObject("help_session_id", Long.class), rs.getBoolean("at_kiosk"),
                rs.getBoolean("hand_over"), (Long) rs.getObject("issued_by", Long.class), rs.getObject("expires_at", LocalDateTime.class), rs.getObject("used_at", LocalDateTime.class));
    }

    /**
     * Sessions rated without the volunteer kept: answers saved by a node of the version before V29
     * while both ran during an upgrade. At most {@code limit}.
     */
    List<Long> sessionsRatedWithoutVolunteer(int limit) {
        return jdbc.sql("SELECT DISTINCT help_session_id FROM rating WHERE volunteer_id IS NULL AND help_session_id IS NOT NULL LIMIT :limit")
                .param("limit", limit).query(Long.class).list();
    }

    /** Keeps the session's volunteer on its ratings that lack one. */
    int keepVolunteer(long sessionId, long volunteerId) {
        return jdbc.sql("UPDATE rating SET volunteer_id = :volunteer WHERE help_session_id = :session AND volunteer_id IS NULL")
                .param("volunteer", volunteerId).param("session", sessionId).update();
    }
}
