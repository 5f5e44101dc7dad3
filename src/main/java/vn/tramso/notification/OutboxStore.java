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
 * The SQL of a message in {@code notification} before and after its sending: queued, looked up,
 * cancelled, forgotten, deleted after its retention. Each change is one guarded update (the state it
 * may leave is in its WHERE), so a leader's cancel and a dispatcher never undo each other. The rules
 * (budget, retention, who still wants what) are {@link Outbox}'s and {@link WantedMessages}', given
 * here as typed values; the sending itself (claimed, sent, given up, receipts) is written by
 * {@link OutboxSendingStore}, and the reports read the table through {@link OutboxReportStore}.
 */
@Repository
class OutboxStore {

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

    /** Deletes what went or was cancelled (due) before {@code sentBefore}, and what failed (due) before {@code failedBefore}. */
    int purge(LocalDateTime sentBefore, LocalDateTime failedBefore) {
        return jdbc.sql("""
                        DELETE FROM notification
                        WHERE (state IN ('SENT', 'DELIVERED') AND sent_at < :sent) OR (state = 'CANCELLED' AND due_at < :sent)
                           OR (state = 'FAILED' AND due_at < :failed)
                        """)
                .param("sent", sentBefore).param("failed", failedBefore).update();
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
