package vn.tramso.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of a message's life in {@code notification}: queued, claimed, sent, given up, delivered,
 * cancelled, deleted. Each transition is one guarded update (the state it may leave is in its
 * WHERE), so two dispatchers, a receipt and a leader's cancel never undo each other. The rules
 * (attempts, back-off, quiet hours, retention, who still wants what) are {@link Outbox}'s, given here
 * as typed values. The reports read the table through {@link OutboxReportStore}.
 */
@Repository
class OutboxStore {

    /**
     * The messages a resident asked for right then ({@link QuietHours#askedRightThen}): one of these
     * kinds, written at or after {@code since}.
     */
    record AskedRightThen(List<MessageKind> kinds, LocalDateTime since) {

        private List<String> names() {
            return kinds.stream().map(Enum::name).toList();
        }
    }

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when a message with this dedupe key is there already (queued by another transaction) */
    boolean insert(String requestId, Long bookingId, Long villageId, long communeId, String dedupeKey, Message message,
                   LocalDateTime dueAt, LocalDateTime now) {
        return jdbc.sql("""
                        INSERT IGNORE INTO notification (request_id, booking_id, village_id, dedupe_key, kind, recipient, body, template_data,
                                                         state, due_at, created_at, commune_id)
                        VALUES (:request, :booking, :village, :key, :kind, :recipient, :body, :data, 'PENDING', :due, :now, :commune)
                        """)
                .param("request", requestId).param("booking", bookingId).param("village", villageId).param("key", dedupeKey)
                .param("kind", message.kind().name()).param("commune", communeId)
                .param("recipient", message.recipient()).param("body", message.text())
                .param("data", JsonMapper.shared().writeValueAsString(message.templateData())).param("due", dueAt).param("now", now)
                .update() == 1;
    }

    /** Takes back a message just queued (its commune's budget was spent). */
    void delete(String dedupeKey) {
        jdbc.sql("DELETE FROM notification WHERE dedupe_key = :k").param("k", dedupeKey).update();
    }

    boolean hasMessages(long bookingId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE booking_id = :b AND state IN ('PENDING', 'SENT', 'DELIVERED')")
                .param("b", bookingId).query(Integer.class).single() > 0;
    }

    /** The commune that pays for a message; empty when it has none. */
    Optional<Long> communeOf(long id) {
        return jdbc.sql("SELECT commune_id FROM notification WHERE id = :id").param("id", id).query(Long.class).optional();
    }

    Optional<Notification> byId(long id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = :id").param("id", id).query(OutboxStore::map).optional();
    }

    Optional<Notification> byKey(String dedupeKey) {
        return jdbc.sql("SELECT * FROM notification WHERE dedupe_key = :k").param("k", dedupeKey).query(OutboxStore::map).optional();
    }

    List<Notification> ofBooking(long bookingId) {
        return jdbc.sql("SELECT * FROM notification WHERE booking_id = :b ORDER BY id").param("b", bookingId)
                .query(OutboxStore::map).list();
    }

    Set<String> keysStartingWith(String prefix) {
        return new HashSet<>(jdbc.sql("SELECT dedupe_key FROM notification WHERE dedupe_key LIKE :prefix")
                .param("prefix", like(prefix)).query(String.class).list());
    }

    /** Up to {@code limit} due messages, those of the {@code first} kinds first, then by due time. */
    List<Long> due(LocalDateTime now, List<MessageKind> first, int limit) {
        return jdbc.sql("""
                        SELECT id FROM notification WHERE state = 'PENDING' AND due_at <= :now
                        ORDER BY COALESCE(kind, '') IN (:asked) DESC, due_at, id LIMIT :limit""")
                .param("now", now).param("asked", first.stream().map(Enum::name).toList()).param("limit", limit)
                .query(Long.class).list();
    }

    /** @return how many waiting messages were stopped ({@code onlyKind}, {@code onlyCommune}: null for any) */
    int cancelWaitingFor(Collection<String> recipients, MessageKind onlyKind, Long onlyCommune, String reason) {
        return jdbc.sql("""
                        UPDATE notification SET state = 'CANCELLED', failure_reason = :reason
                        WHERE state = 'PENDING' AND recipient IN (:forms)
                          AND (:kind IS NULL OR kind = :kind) AND (:commune IS NULL OR commune_id = :commune)
                        """)
                .param("reason", reason).param("forms", recipients)
                .param("kind", onlyKind == null ? null : onlyKind.name()).param("commune", onlyCommune).update();
    }

    int cancelWaiting(String prefix) {
        return jdbc.sql("UPDATE notification SET state = 'CANCELLED' WHERE state = 'PENDING' AND dedupe_key LIKE :prefix")
                .param("prefix", like(prefix)).update();
    }

    int cancelPending(long bookingId) {
        return jdbc.sql("UPDATE notification SET state = 'CANCELLED' WHERE booking_id = :b AND state = 'PENDING'")
                .param("b", bookingId).update();
    }

    /** @return whether the message was waiting */
    boolean cancel(long id) {
        return jdbc.sql("UPDATE notification SET state = 'CANCELLED' WHERE id = :id AND state = 'PENDING'").param("id", id).update() == 1;
    }

    /** A waiting message stopped with a reason (its resident refused it). */
    void cancel(long id, String reason) {
        jdbc.sql("UPDATE notification SET state = 'CANCELLED', failure_reason = :reason WHERE id = :id AND state = 'PENDING'")
                .param("reason", reason).param("id", id).update();
    }

    /** Marks the message to be deleted when done, and deletes it now if it is. */
    void forget(String dedupeKey) {
        jdbc.sql("UPDATE notification SET forget_when_done = TRUE WHERE dedupe_key = :k").param("k", dedupeKey).update();
        jdbc.sql("DELETE FROM notification WHERE dedupe_key = :k AND state <> 'PENDING'").param("k", dedupeKey).update();
    }

    /** Deletes the message if it is done and its cause forgot the number ({@link #forget}). */
    void deleteIfForgotten(long id) {
        jdbc.sql("DELETE FROM notification WHERE id = :id AND forget_when_done AND state <> 'PENDING'").param("id", id).update();
    }

    /** Deletes what went or was cancelled (due) before {@code sentBefore}, and what failed (due) before {@code failedBefore}. */
    int purge(LocalDateTime sentBefore, LocalDateTime failedBefore) {
        return jdbc.sql("""
                        DELETE FROM notification
                        WHERE (state IN ('SENT', 'DELIVERED') AND sent_at < :sent) OR (state = 'CANCELLED' AND due_at < :sent)
                           OR (state = 'FAILED' AND due_at < :failed)
                        """)
                .param("sent", sentBefore).param("failed", failedBefore).update();
    }

    /** Moves the due messages with attempts left to {@code morning}, except those asked for right then. */
    int hold(LocalDateTime now, LocalDateTime morning, int maxAttempts, AskedRightThen except) {
        return jdbc.sql("""
                        UPDATE notification SET due_at = :morning, held_at = :now
                        WHERE state = 'PENDING' AND due_at <= :now AND attempts < :max
                          AND NOT (COALESCE(kind, '') IN (:asked) AND created_at >= :justNow)
                        """)
                .param("morning", morning).param("now", now).param("max", maxAttempts)
                .param("asked", except.names()).param("justNow", except.since()).update();
    }

    /**
     * Counts an attempt and hides the message until {@code leaseUntil}, if it is due with attempts left
     * (in the {@code quiet} hours only one asked for right then). Only one dispatcher wins.
     */
    Optional<Notification> claim(long id, LocalDateTime now, LocalDateTime leaseUntil, int maxAttempts, boolean quiet,
                                 AskedRightThen askedRightThen) {
        int claimed = jdbc.sql("""
                        UPDATE notification SET attempts = attempts + 1, due_at = :lease
                        WHERE id = :id AND state = 'PENDING' AND due_at <= :now AND attempts < :max
                          AND (NOT :quiet OR (COALESCE(kind, '') IN (:asked) AND created_at >= :justNow))
                        """)
                .param("lease", leaseUntil).param("id", id).param("now", now).param("max", maxAttempts)
                .param("quiet", quiet).param("asked", askedRightThen.names()).param("justNow", askedRightThen.since())
                .update();
        return claimed == 1 ? byId(id) : Optional.empty();
    }

    void sent(long id, NotificationChannel via, String providerMessageId, LocalDateTime now) {
        jdbc.sql("""
                        UPDATE notification SET state = 'SENT', sent_at = :now, last_error = NULL, sent_via = :via,
                               provider_message_id = :provider
                        WHERE id = :id AND state IN ('PENDING', 'CANCELLED')
                        """)
                .param("now", now).param("id", id).param("via", via.name()).param("provider", providerMessageId).update();
    }

    /** An attempt that did not go: waits again until {@code dueAt}, or FAILED; retries pinned to {@code pinTo} when given. */
    void failed(long id, NotificationState state, LocalDateTime dueAt, String error, NotificationChannel pinTo) {
        jdbc.sql("""
                        UPDATE notification SET state = :state, due_at = :due, last_error = :error,
                               failure_reason = CASE WHEN :state = 'FAILED' THEN :error END,
                               pinned_channel = COALESCE(pinned_channel, :pin)
                        WHERE id = :id AND state = 'PENDING'
                        """)
                .param("state", state.name()).param("due", dueAt).param("error", error)
                .param("pin", pinTo == null ? null : pinTo.name()).param("id", id)
                .update();
    }

    void gaveUp(long id, String reason, LocalDateTime now) {
        jdbc.sql("""
                        UPDATE notification SET state = 'FAILED', due_at = :now, last_error = :reason, failure_reason = :reason
                        WHERE id = :id AND state = 'PENDING'
                        """)
                .param("now", now).param("reason", reason).param("id", id).update();
    }

    /** Gives up the due messages with no attempt left (their last one never finished). @return how many */
    int giveUpAbandoned(LocalDateTime now, int maxAttempts, String reason) {
        return jdbc.sql("""
                        UPDATE notification SET state = 'FAILED', last_error = :reason, failure_reason = :reason
                        WHERE state = 'PENDING' AND due_at <= :now AND attempts >= :max
                        """)
                .param("reason", reason).param("now", now).param("max", maxAttempts).update();
    }

    /**
     * Which rows an SMS receipt may change: one sent by SMS, or one still PENDING that has been
     * handed to a gateway at least once (a receipt that comes before the sending node wrote down
     * that eSMS accepted it). Never a message not tried yet, nor one Zalo carried: a receipt with a
     * guessed request id must not stop a queued reminder.
     */
    private static final String RECEIPT_MAY_CHANGE = """
            WHERE request_id = :request AND ((state = 'SENT' AND sent_via = 'SMS') OR (state = 'PENDING' AND attempts > 0))
            """;

    /** @return whether the state changed (false for a repeated receipt) */
    boolean delivered(String requestId, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE notification SET state = 'DELIVERED', delivered_at = :now, sent_at = COALESCE(sent_at, :now),
                               sent_via = 'SMS'
                        """ + RECEIPT_MAY_CHANGE)
                .param("now", now).param("request", requestId).update() == 1;
    }

    /** @return whether the state changed (false for a repeated receipt) */
    boolean undelivered(String requestId, String reason, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE notification SET state = 'FAILED', failure_reason = :reason, sent_at = COALESCE(sent_at, :now),
                               sent_via = 'SMS'
                        """ + RECEIPT_MAY_CHANGE)
                .param("reason", reason).param("now", now).param("request", requestId).update() == 1;
    }

    /** A LIKE pattern matching what starts with {@code prefix}, its own % and _ taken literally. */
    static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static final TypeReference<Map<String, String>> TEMPLATE_DATA = new TypeReference<>() {
    };

    private static Notification map(ResultSet rs, int row) throws SQLException {
        long booking = rs.getLong("booking_id");
        Long bookingId = rs.wasNull() ? null : booking;
        String kind = rs.getString("kind");
        String data = rs.getString("template_data");
        String via = rs.getString("sent_via");
        String pinned = rs.getString("pinned_channel");
        Message message = new Message(kind == null ? null : MessageKind.valueOf(kind), rs.getString("recipient"), rs.getString("body"),
                data == null ? Map.of() : JsonMapper.shared().readValue(data, TEMPLATE_DATA));
        return new Notification(rs.getLong("id"), rs.getString("request_id"), bookingId, rs.getString("dedupe_key"), message,
                NotificationState.valueOf(rs.getString("state")), rs.getObject("due_at", LocalDateTime.class),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getObject("sent_at", LocalDateTime.class),
                pinned == null ? null : NotificationChannel.valueOf(pinned),
                new Notification.Delivery(via == null ? null : NotificationChannel.valueOf(via), rs.getString("provider_message_id"),
                        rs.getObject("delivered_at", LocalDateTime.class), rs.getString("failure_reason")));
    }
}
