package vn.tramso.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of a queued message's way out of {@code notification}: picked when due, held for the quiet
 * hours, claimed, sent, failed or given up, and changed by the provider's receipt. Each transition is
 * one guarded update (the state it may leave is in its WHERE), so two dispatchers, a receipt and a
 * leader's cancel never undo each other. The rules (attempts, back-off, lease, quiet hours) are
 * {@link OutboxSending}'s, given here as typed values; queuing, cancelling and reading a message are
 * {@link OutboxStore}'s.
 */
@Repository
class OutboxSendingStore {

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

    OutboxSendingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} due messages, those of the {@code first} kinds first, then by due time. */
    List<Long> due(LocalDateTime now, List<MessageKind> first, int limit) {
        return jdbc.sql("""
                        SELECT id FROM notification WHERE state = 'PENDING' AND due_at <= :now
                        ORDER BY COALESCE(kind, '') IN (:asked) DESC, due_at, id LIMIT :limit""")
                .param("now", now).param("asked", first.stream().map(Enum::name).toList()).param("limit", limit)
                .query(Long.class).list();
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
     *
     * @return whether this call took it
     */
    boolean claim(long id, LocalDateTime now, LocalDateTime leaseUntil, int maxAttempts, boolean quiet,
                  AskedRightThen askedRightThen) {
        return jdbc.sql("""
                        UPDATE notification SET attempts = attempts + 1, due_at = :lease
                        WHERE id = :id AND state = 'PENDING' AND due_at <= :now AND attempts < :max
                          AND (NOT :quiet OR (COALESCE(kind, '') IN (:asked) AND created_at >= :justNow))
                        """)
                .param("lease", leaseUntil).param("id", id).param("now", now).param("max", maxAttempts)
                .param("quiet", quiet).param("asked", askedRightThen.names()).param("justNow", askedRightThen.since())
                .update() == 1;
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

    /** Deletes the message if it is done and its cause forgot the number ({@link OutboxStore#forget}). */
    void deleteIfForgotten(long id) {
        jdbc.sql("DELETE FROM notification WHERE id = :id AND forget_when_done AND state <> 'PENDING'").param("id", id).update();
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
}
