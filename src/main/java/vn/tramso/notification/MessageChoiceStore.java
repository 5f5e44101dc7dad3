package vn.tramso.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code message_choice}: rows are only ever added, never changed (the record of consent). */
@Repository
class MessageChoiceStore {

    private final JdbcClient jdbc;

    MessageChoiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A plain INSERT, not INSERT IGNORE: that would turn a bad value into a warning and store a
     * mangled record of consent.
     *
     * @return false when a reply with this provider id was already recorded
     */
    boolean add(MessageChoice c) {
        try {
            return insert(c);
        } catch (DuplicateKeyException repeated) {
            return false; // the provider delivered the same reply again; the statement alone failed, the transaction goes on
        }
    }

    private boolean insert(MessageChoice c) {
        return jdbc.sql("""
                        INSERT INTO message_choice (phone, topic, granted, commune_id, village_id, via, recorded_by, kiosk_device_id,
                                                           provider_ref, wording, recorded_at)
                        VALUES (:phone, :topic, :granted, :commune, :village, :via, :by, :kiosk, :ref, :wording, :at)
                        """)
                .param("phone", c.phone()).param("topic", c.topic().name()).param("granted", c.granted())
                .param("commune", c.communeId()).param("village", c.villageId()).param("via", c.via().name())
                .param("by", c.recordedBy()).param("kiosk", c.kioskDeviceId()).param("ref", c.providerRef())
                .param("wording", c.wording()).param("at", c.recordedAt()).update() == 1;
    }

    /** A phone's choices, newest first. */
    List<MessageChoice> ofPhone(String phone) {
        return jdbc.sql("SELECT * FROM message_choice WHERE phone = :phone ORDER BY recorded_at DESC, id DESC")
                .param("phone", phone).query(MessageChoiceStore::map).list();
    }

    /** The latest "every message" choice of a phone. */
    Optional<MessageChoice> latestAll(String phone) {
        return jdbc.sql("""
                        SELECT * FROM message_choice WHERE phone = :phone AND topic = 'ALL' ORDER BY recorded_at DESC, id DESC LIMIT 1
                        """)
                .param("phone", phone).query(MessageChoiceStore::map).optional();
    }

    /** Whether the phone gets the commune's scam alerts: the same rule as {@link #alertSubscribers}, for one phone. */
    boolean receivesAlerts(String phone, long communeId) {
        return jdbc.sql("SELECT COUNT(*) FROM message_choice a WHERE a.phone = :phone AND " + SUBSCRIBED)
                .param("phone", phone).param("commune", communeId).query(Integer.class).single() > 0;
    }

    /**
     * The phones whose latest alert choice for the commune is a consent, and whose latest "every
     * message" choice (if any) is not a refusal made after that consent.
     */
    List<Subscriber> alertSubscribers(long communeId) {
        return jdbc.sql("SELECT a.phone, a.village_id FROM message_choice a WHERE " + SUBSCRIBED + " ORDER BY a.phone")
                .param("commune", communeId).query((rs, n) -> new Subscriber(rs.getString(1), (Long) rs.getObject(2, Long.class))).list();
    }

    /**
     * Row {@code a} is the phone's latest alert choice for the commune, a consent, and no refusal of
     * every message came after it (a refusal before it is overridden by the later, explicit consent).
     */
    private static final String SUBSCRIBED = """
            a.topic = 'ALERTS' AND a.commune_id = :commune AND a.granted
              AND a.id = (SELECT a2.id FROM message_choice a2 WHERE a2.phone = a.phone AND a2.topic = 'ALERTS'
                          AND a2.commune_id = :commune ORDER BY a2.recorded_at DESC, a2.id DESC LIMIT 1)
              AND NOT EXISTS (SELECT 1 FROM message_choice r WHERE r.phone = a.phone AND r.topic = 'ALL' AND NOT r.granted
                                AND (r.recorded_at, r.id) > (a.recorded_at, a.id)
                                AND r.id = (SELECT r2.id FROM message_choice r2 WHERE r2.phone = a.phone AND r2.topic = 'ALL'
                                            ORDER BY r2.recorded_at DESC, r2.id DESC LIMIT 1))
            """;

    record Subscriber(String phone, Long villageId) {
    }

    private static MessageChoice map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MessageChoice(rs.getString("phone"), MessageChoice.Topic.valueOf(rs.getString("topic")), rs.getBoolean("granted"),
                rs.getObject("commune_id", Long.class), rs.getObject("village_id", Long.class), MessageChoice.Via.valueOf(rs.getString("via")),
                rs.getObject("recorded_by", Long.class), rs.getObject("kiosk_device_id", Long.class), rs.getString("provider_ref"),
                rs.getString("wording"), rs.getObject("recorded_at", LocalDateTime.class));
    }
}
