package vn.tramso.notification;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each commune's choice for its messages, as stored (V27): per kind the channel order
 * ({@code commune_channel_order}), and the daily budget ({@code commune_message_setting}, null: the
 * installation's). No row means the installation's settings. Checks nobody: {@link CommuneMessages}
 * does, for the screens; the outbox and its dispatcher read it for every message.
 */
@Repository
class CommuneMessageStore {

    private final JdbcClient jdbc;

    CommuneMessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commune's own daily budget; empty: the installation's. */
    Optional<Integer> dailyBudget(long communeId) {
        return jdbc.sql("SELECT daily_budget FROM commune_message_setting WHERE commune_id = :c AND daily_budget IS NOT NULL")
                .param("c", communeId).query(Integer.class).optional();
    }

    /** The kinds for which the commune chose an order, and its choice. */
    Map<MessageKind, ChannelChoice> orders(long communeId) {
        Map<MessageKind, ChannelChoice> orders = new EnumMap<>(MessageKind.class);
        jdbc.sql("SELECT kind, channel_order FROM commune_channel_order WHERE commune_id = :c").param("c", communeId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .filter(row -> Arrays.stream(MessageKind.values()).anyMatch(k -> k.name().equals(row.getKey())))
                .forEach(row -> orders.put(MessageKind.valueOf(row.getKey()), ChannelChoice.ofStored(row.getValue())));
        return orders;
    }

    /**
     * The order the commune of a message chose for the message's kind; empty when it chose none (or
     * the message has no commune): the installation's order.
     */
    Optional<List<NotificationChannel>> orderOf(long notificationId) {
        return jdbc.sql("""
                        SELECT o.channel_order FROM notification n
                        JOIN commune_channel_order o ON o.commune_id = n.commune_id AND o.kind = n.kind
                        WHERE n.id = :id
                        """)
                .param("id", notificationId).query(String.class).optional().map(order -> ChannelChoice.ofStored(order).channels());
    }

    /** When the commune's choice was last saved; empty: never. */
    Optional<LocalDateTime> changedAt(long communeId) {
        return jdbc.sql("SELECT changed_at FROM commune_message_setting WHERE commune_id = :c").param("c", communeId)
                .query(LocalDateTime.class).optional();
    }

    /** Stores the commune's choice: the given kinds' orders, and its budget (null: the installation's). */
    void save(long communeId, Map<MessageKind, ChannelChoice> orders, Integer dailyBudget, long by, LocalDateTime at) {
        jdbc.sql("""
                        INSERT INTO commune_message_setting (commune_id, daily_budget, changed_by, changed_at) VALUES (:c, :b, :by, :at)
                        ON DUPLICATE KEY UPDATE daily_budget = VALUES(daily_budget), changed_by = VALUES(changed_by),
                                                changed_at = VALUES(changed_at)
                        """)
                .param("c", communeId).param("b", dailyBudget).param("by", by).param("at", at).update();
        orders.forEach((kind, choice) -> jdbc.sql("""
                        INSERT INTO commune_channel_order (commune_id, kind, channel_order) VALUES (:c, :k, :o)
                        ON DUPLICATE KEY UPDATE channel_order = VALUES(channel_order)
                        """)
                .param("c", communeId).param("k", kind.name()).param("o", choice.stored()).update());
    }
}
