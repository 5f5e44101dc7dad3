package vn.tramso.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the reports read of {@code notification}: the leaders' screen ({@link OutboxReport}), how an
 * alert's messages went ({@link Outbox#countsByState}) and the backlog the metrics show
 * ({@link OutboxMetrics}). Reads only: a message's life is written by {@link OutboxStore} and
 * {@link OutboxSendingStore}.
 */
@Repository
class OutboxReportStore {

    /** A message as stored, for the leaders' screen; what it shows of it is {@link OutboxReport}'s choice. */
    record Row(long id, long villageId, MessageKind kind, String recipient, NotificationState state, NotificationChannel via,
               LocalDateTime createdAt, LocalDateTime dueAt, LocalDateTime sentAt, LocalDateTime deliveredAt, LocalDateTime heldAt,
               int attempts, String failureReason, String lastError) {
    }

    private final JdbcClient jdbc;

    OutboxReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The messages about these villages (at least one) written on {@code day}, newest first. */
    List<Row> day(Collection<Long> villageIds, LocalDate day) {
        return jdbc.sql("""
                        SELECT id, village_id, kind, recipient, state, sent_via, created_at, due_at, sent_at, delivered_at, held_at,
                               attempts, failure_reason, last_error
                        FROM notification
                        WHERE village_id IN (:villages) AND created_at >= :from AND created_at < :to
                        ORDER BY created_at DESC, id DESC
                        """)
                .param("villages", villageIds).param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    String via = rs.getString("sent_via");
                    return new Row(rs.getLong("id"), rs.getLong("village_id"), kind == null ? null : MessageKind.valueOf(kind),
                            rs.getString("recipient"), NotificationState.valueOf(rs.getString("state")),
                            via == null ? null : NotificationChannel.valueOf(via), rs.getObject("created_at", LocalDateTime.class),
                            rs.getObject("due_at", LocalDateTime.class), rs.getObject("sent_at", LocalDateTime.class),
                            rs.getObject("delivered_at", LocalDateTime.class), rs.getObject("held_at", LocalDateTime.class),
                            rs.getInt("attempts"), rs.getString("failure_reason"), rs.getString("last_error"));
                }).list();
    }

    /** The village a message is about; empty when there is no such message or it is about none. */
    Optional<Long> villageOf(long id) {
        return jdbc.sql("SELECT village_id FROM notification WHERE id = :id AND village_id IS NOT NULL").param("id", id)
                .query(Long.class).optional();
    }

    /** A count per state of the messages whose dedupe key starts with {@code prefix}; of one commune's when given. */
    Map<NotificationState, Integer> countsByState(String prefix, Long communeId) {
        Map<NotificationState, Integer> counts = new EnumMap<>(NotificationState.class);
        jdbc.sql("""
                        SELECT state, COUNT(*) FROM notification WHERE dedupe_key LIKE :prefix AND (:commune IS NULL OR commune_id = :commune)
                        GROUP BY state""")
                .param("prefix", OutboxStore.like(prefix)).param("commune", communeId)
                .query(rs -> {
                    counts.put(NotificationState.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /** The messages due and not sent yet: how many, and the oldest due time. One range of the index on (state, due_at). */
    OutboxSending.Backlog backlog(LocalDateTime now) {
        return jdbc.sql("SELECT COUNT(*), MIN(due_at) FROM notification WHERE state = 'PENDING' AND due_at <= :now")
                .param("now", now)
                .query((rs, n) -> new OutboxSending.Backlog(rs.getInt(1), Optional.ofNullable(rs.getObject(2, LocalDateTime.class))))
                .single();
    }
}
