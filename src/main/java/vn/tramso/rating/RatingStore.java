package vn.tramso.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

/** The SQL of rating links and ratings. Bookings and help sessions are read by SQL only, for their village and state. */
@Repository
class RatingStore {

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record BookingFacts(long villageId, LocalDate serviceDate, String state) {
    }

    Optional<BookingFacts> booking(long bookingId) {
        return jdbc.sql("SELECT village_id, service_date, state FROM booking WHERE id = :id").param("id", bookingId)
                .query((rs, n) -> new BookingFacts(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3))).optional();
    }

    /** What the offer of a session's rating depends on: its village, who logged it, and when it ended. */
    record SessionFacts(long villageId, long volunteerId, LocalDateTime startedAt, int minutes) {

        LocalDateTime endedAt() {
            return startedAt.plusMinutes(minutes);
        }
    }

    /** A session, unless it was deleted. */
    Optional<SessionFacts> session(long sessionId) {
        return jdbc.sql("SELECT village_id, volunteer_id, started_at, minutes FROM help_session WHERE id = :id AND deleted_at IS NULL")
                .param("id", sessionId)
                .query((rs, n) -> new SessionFacts(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class), rs.getInt(4)))
                .optional();
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

    /** Whether the help on this booking or session (either side of it) has an answer already. */
    boolean rated(Long bookingId, Long sessionId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM rating r
                        WHERE r.booking_id = :booking OR r.help_session_id = :session
                           OR r.help_session_id = (SELECT s.id FROM help_session s WHERE s.booking_id = :booking)
                           OR r.booking_id = (SELECT s.booking_id FROM help_session s WHERE s.id = :session)
                        """)
                .param("booking", bookingId).param("session", sessionId).query(Long.class).single() > 0;
    }

    List<KioskInvite> kioskInvites(long villageId, LocalDateTime now) {
        return jdbc.sql("""
                        SELECT l.id, b.ticket_number, s.started_at FROM rating_link l
                        JOIN help_session s ON s.id = l.help_session_id AND s.deleted_at IS NULL
                        LEFT JOIN booking b ON b.id = s.booking_id
                        WHERE l.village_id = :village AND l.at_kiosk AND l.used_at IS NULL AND l.expires_at > :now
                          AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.help_session_id = s.id)
                        ORDER BY l.issued_at
                        """)
                .param("village", villageId).param("now", now)
                .query((rs, n) -> new KioskInvite(rs.getLong(1), (Integer) rs.getObject(2, Integer.class),
                        rs.getObject(3, LocalDateTime.class)))
                .list();
    }

    /**
     * Saves an answer; the help's other side is filled in (a booking's session, a session's
     * booking) so that it is rated once whichever way the resident came.
     */
    long insertRating(long villageId, RatingChannel channel, Long bookingId, Long sessionId, RatingAnswer a, LocalDateTime now) {
        long id = jdbc.sql("""
                        INSERT INTO rating (village_id, channel, booking_id, help_session_id, done_today, score, comment, created_at)
                        VALUES (:village, :channel,
                                COALESCE(:booking, (SELECT s.booking_id FROM help_session s WHERE s.id = :session)),
                                COALESCE(:session, (SELECT s.id FROM help_session s WHERE s.booking_id = :booking AND s.deleted_at IS NULL)),
                                :done, :score, :comment, :now)
                        RETURNING id
                        """)
                .param("village", villageId).param("channel", channel.name()).param("booking", bookingId).param("session", sessionId)
                .param("done", a.doneToday()).param("score", a.score()).param("comment", a.comment()).param("now", now)
                .query(Long.class).single();
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
     * Answers about the volunteers of these villages' sessions, for those with at least {@code min},
     * the residents' own apart from those given on a staff member's device.
     */
    List<VolunteerRatings> byVolunteer(Collection<Long> villageIds, Long volunteerId, int min) {
        if (villageIds != null && villageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT s.volunteer_id, u.display_name,
                               SUM(r.channel <> 'STAFF_DEVICE'), SUM(IF(r.channel <> 'STAFF_DEVICE', r.score, 0)),
                               SUM(IF(r.channel <> 'STAFF_DEVICE', r.done_today, 0)),
                               SUM(r.channel = 'STAFF_DEVICE'), SUM(IF(r.channel = 'STAFF_DEVICE', r.score, 0)),
                               SUM(IF(r.channel = 'STAFF_DEVICE', r.done_today, 0))
                        FROM rating r JOIN help_session s ON s.id = r.help_session_id JOIN user_account u ON u.id = s.volunteer_id
                        WHERE (:all OR s.village_id IN (:villages)) AND (:volunteer IS NULL OR s.volunteer_id = :volunteer)
                        GROUP BY s.volunteer_id, u.display_name HAVING COUNT(*) >= :min
                        ORDER BY u.display_name
                        """)
                .param("all", villageIds == null).param("villages", villageIds == null ? List.of(0L) : villageIds)
                .param("volunteer", volunteerId).param("min", min)
                .query((rs, n) -> new VolunteerRatings(rs.getLong(1), rs.getString(2), totals(rs, 3), totals(rs, 6))).list();
    }

    List<LowRating> low(Collection<Long> villageIds, LocalDateTime from, int limit) {
        if (villageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT r.created_at, v.name, r.channel, r.score, r.done_today, r.comment, GROUP_CONCAT(rr.reason) AS reasons
                        FROM rating r JOIN village v ON v.id = r.village_id LEFT JOIN rating_reason rr ON rr.rating_id = r.id
                        WHERE r.village_id IN (:villages) AND r.score <= :low AND r.created_at >= :from
                        GROUP BY r.id ORDER BY r.created_at DESC, r.id DESC LIMIT :limit
                        """)
                .param("villages", villageIds).param("low", RatingAnswer.LOW).param("from", from).param("limit", limit)
                .query((rs, n) -> new LowRating(rs.getObject(1, LocalDateTime.class).toLocalDate(), rs.getString(2),
                        RatingChannel.valueOf(rs.getString(3)), rs.getInt(4), rs.getBoolean(5), reasons(rs.getString(7)), rs.getString(6)))
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
}
