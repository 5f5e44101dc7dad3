package vn.tramso.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tramso.base.Quotas;

/**
 * Writes messages into the outbox in the caller's transaction, and moves them through
 * PENDING → SENT (→ DELIVERED or FAILED by the provider's receipt), or back to PENDING with a growing
 * delay after a failure, or FAILED after {@link #MAX_ATTEMPTS} attempts or when the gateway says a
 * retry would fail the same way. A message claimed by a node that stopped before it knew the outcome
 * is tried again when its {@link #LEASE} runs out (the gateways' idempotency keys keep that from
 * sending twice), or given up if that was its last attempt ({@link #giveUpAbandoned()}). A message holds a resident's number and text, so it is not kept:
 * deleted {@link #SENT_KEPT} after it went (or was cancelled), {@link #FAILED_KEPT} after it was
 * given up ({@link #purge()}), or as soon as it is done when its cause forgets the number
 * ({@link #forget(String)}).
 */
@Service
@EnableConfigurationProperties(NotificationSettings.class)
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    public static final int MAX_ATTEMPTS = 5;
    /** Delay before attempt 2, 3, 4, 5. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2));
    /** How long a message being sent is hidden from other dispatchers. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /**
     * How long a sent (or cancelled) message is kept: enough to answer "did my reminder go?" for a
     * booking of the last weeks. Then the row is deleted, not blanked: a row without its number and
     * text tells nobody anything, and the commune's daily budget is counted in quota_use, not here.
     */
    public static final Duration SENT_KEPT = Duration.ofDays(30);
    /** A message given up after {@link #MAX_ATTEMPTS} attempts is kept a month longer, for whoever follows up the gateway's failure. */
    public static final Duration FAILED_KEPT = Duration.ofDays(60);

    /** The quota row counting a commune's messages of the day ({@link Quotas}). */
    private static final String QUOTA = "messages";

    private final JdbcClient jdbc;
    private final Quotas quotas;
    private final NotificationSettings settings;
    private final CommuneMessageStore communes;
    private final MessageChoiceStore choices;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Quotas quotas, NotificationSettings settings, CommuneMessageStore communes, MessageChoiceStore choices,
           Clock clock) {
        this.jdbc = jdbc;
        this.quotas = quotas;
        this.settings = settings;
        this.communes = communes;
        this.choices = choices;
        this.clock = clock;
    }

    /**
     * Queues a message in the caller's transaction; a second call with the same dedupe key changes
     * nothing. Each message counts against the paying commune's daily budget: its own when it set one
     * ({@link CommuneMessages}), else {@link NotificationSettings#smsPerCommunePerDay()}.
     *
     * @param villageId the village the message is about (its booking's, its concern's): the leaders' outbox screen shows it there
     * @param communeId the commune whose budget pays for the message; its choice of channels carries it
     * A resident who refused messages ({@link MessageChoices}) gets only what they asked for right
     * then (the confirmation of a booking they are making).
     *
     * @return whether the message is queued (false: the commune's budget for today is spent, or the resident refused messages)
     */
    public boolean enqueue(Long bookingId, String dedupeKey, Message message, LocalDateTime dueAt, Long villageId, long communeId) {
        if (byKey(dedupeKey).isPresent()) {
            return true;
        }
        if (!wanted(message.kind(), message.recipient(), communeId)) {
            log.info("Message {} not queued: the resident refused it", dedupeKey);
            return false;
        }
        int inserted = jdbc.sql("""
                        INSERT IGNORE INTO notification (request_id, booking_id, village_id, dedupe_key, kind, recipient, body, template_data,
                                                         state, due_at, created_at, commune_id)
                        VALUES (:request, :booking, :village, :key, :kind, :recipient, :body, :data, 'PENDING', :due, :now, :commune)
                        """)
                .param("request", newRequestId()).param("booking", bookingId).param("village", villageId).param("key", dedupeKey).param("kind", message.kind().name())
                .param("commune", communeId)
                .param("recipient", message.recipient()).param("body", message.text())
                .param("data", JsonMapper.shared().writeValueAsString(message.templateData())).param("due", dueAt).param("now", now())
                .update();
        if (inserted == 0) {
            return true; // queued by another transaction in the same moments: counted there, not here
        }
        int budget = dailyBudget(communeId);
        if (!quotas.take(QUOTA, String.valueOf(communeId), now().toLocalDate().atStartOfDay(), budget)) {
            jdbc.sql("DELETE FROM notification WHERE dedupe_key = :k").param("k", dedupeKey).update();
            log.warn("Commune {} has queued its {} messages for today; message {} not queued", communeId, budget, dedupeKey);
            return false;
        }
        return true;
    }

    /** The commune's daily budget: its own ({@link CommuneMessages}), else the installation's. */
    public int dailyBudget(long communeId) {
        return communes.dailyBudget(communeId).orElse(settings.smsPerCommunePerDay());
    }

    /**
     * A message's id at its gateways and in their receipts: 128 random bits as 32 hex digits
     * ({@link UUID#randomUUID()} draws them from SecureRandom). Not the row id: after a backup is
     * restored, or with a second installation on the same eSMS account, new rows would reuse ids eSMS
     * saw in its 24-hour window and be taken as duplicates (124, counted as sent) without being sent.
     */
    static String newRequestId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Messages the commune has queued today, against its daily budget. */
    int queuedToday(long communeId) {
        return quotas.used(QUOTA, String.valueOf(communeId), now().toLocalDate().atStartOfDay());
    }

    /** Whether it is now the quiet hours: what is queued now waits until 07:00 ({@link QuietHours}). */
    public boolean inQuietHours() {
        return QuietHours.quiet(now());
    }

    /** How many more messages the commune may queue today before its daily budget (its own, or the installation's) is spent. */
    public int budgetLeftToday(long communeId) {
        return Math.max(0, dailyBudget(communeId) - queuedToday(communeId));
    }

    /** Whether a booking has messages queued or sent (none when the commune's budget was spent). */
    public boolean hasMessages(long bookingId) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE booking_id = :b AND state IN ('PENDING', 'SENT', 'DELIVERED')")
                .param("b", bookingId).query(Integer.class).single() > 0;
    }

    /**
     * Whether the resident of this number still wants this kind of message from this commune
     * ({@link MessageChoices}): what they asked for right then always; a scam alert only while their
     * latest alert choice for the commune is a consent not followed by a refusal of every message;
     * anything else unless they refused every message. Asked when a message is queued and again
     * just before it is sent, so a refusal or a withdrawal stops what already waits.
     */
    boolean wanted(MessageKind kind, String phone, Long communeId) {
        if (kind != null && QuietHours.askedRightThen(kind)) {
            return true;
        }
        String local = Phones.local(phone);
        if (kind == MessageKind.SCAM_ALERT) {
            return communeId != null && choices.receivesAlerts(local, communeId);
        }
        return choices.latestAll(local).map(MessageChoice::granted).orElse(true);
    }

    /** {@link #wanted} for a message already queued (its commune as stored). */
    boolean stillWanted(Notification n) {
        if (n.message().kind() != null && QuietHours.askedRightThen(n.message().kind())) {
            return true;
        }
        Long commune = jdbc.sql("SELECT commune_id FROM notification WHERE id = :id").param("id", n.id()).query(Long.class).optional()
                .orElse(null);
        return wanted(n.message().kind(), n.recipient(), commune);
    }

    /** A claimed message its resident no longer wants: stopped, with the reason. */
    void cancelRefused(long id) {
        jdbc.sql("UPDATE notification SET state = 'CANCELLED', failure_reason = :reason WHERE id = :id AND state = 'PENDING'")
                .param("reason", REFUSED).param("id", id).update();
        deleteIfForgotten(id);
    }

    static final String REFUSED = "refused by the resident";

    /**
     * Stops the messages to a number not sent yet: every one when its resident refused messages, or
     * only a commune's scam alerts when they withdrew their consent to those. @return how many
     */
    int cancelWaitingFor(String phone, MessageKind onlyKind, Long onlyCommune) {
        String local = Phones.local(phone);
        return jdbc.sql("""
                        UPDATE notification SET state = 'CANCELLED', failure_reason = :reason
                        WHERE state = 'PENDING' AND recipient IN (:forms)
                          AND (:kind IS NULL OR kind = :kind) AND (:commune IS NULL OR commune_id = :commune)
                        """)
                .param("reason", REFUSED).param("forms", List.of(local, Phones.international(local), "+" + Phones.international(local)))
                .param("kind", onlyKind == null ? null : onlyKind.name()).param("commune", onlyCommune).update();
    }

    /** Stops every message not sent yet whose dedupe key starts with {@code prefix} (an alert withdrawn). @return how many */
    public int cancelWaiting(String prefix) {
        return jdbc.sql("UPDATE notification SET state = 'CANCELLED' WHERE state = 'PENDING' AND dedupe_key LIKE :prefix")
                .param("prefix", like(prefix)).update();
    }

    /** The dedupe keys starting with {@code prefix}: which of a batch are queued already. */
    public java.util.Set<String> keysStartingWith(String prefix) {
        return new java.util.HashSet<>(jdbc.sql("SELECT dedupe_key FROM notification WHERE dedupe_key LIKE :prefix")
                .param("prefix", like(prefix)).query(String.class).list());
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * How the messages whose dedupe key starts with {@code prefix} went, a count per state; only
     * those a commune pays for when {@code communeId} is given.
     */
    public Map<NotificationState, Integer> countsByState(String prefix, Long communeId) {
        Map<NotificationState, Integer> counts = new java.util.EnumMap<>(NotificationState.class);
        jdbc.sql("""
                        SELECT state, COUNT(*) FROM notification WHERE dedupe_key LIKE :prefix AND (:commune IS NULL OR commune_id = :commune)
                        GROUP BY state""")
                .param("prefix", like(prefix)).param("commune", communeId)
                .query(rs -> {
                    counts.put(NotificationState.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /** Stops every message of a booking not sent yet (the booking was cancelled or moved). */
    public int cancelPending(long bookingId) {
        return jdbc.sql("UPDATE notification SET state = 'CANCELLED' WHERE booking_id = :b AND state = 'PENDING'")
                .param("b", bookingId).update();
    }

    /**
     * The cause of a message no longer needs the resident's number (a concern is closed and its
     * phone forgotten): the message is deleted now when it was sent, given up or cancelled, and
     * right after it is sent or given up when it still waits.
     */
    public void forget(String dedupeKey) {
        jdbc.sql("UPDATE notification SET forget_when_done = TRUE WHERE dedupe_key = :k").param("k", dedupeKey).update();
        jdbc.sql("DELETE FROM notification WHERE dedupe_key = :k AND state <> 'PENDING'").param("k", dedupeKey).update();
    }

    /** Deletes the messages past their retention ({@link #SENT_KEPT}, {@link #FAILED_KEPT}); pending ones stay. */
    public int purge() {
        LocalDateTime now = now();
        int deleted = jdbc.sql("""
                        DELETE FROM notification
                        WHERE (state IN ('SENT', 'DELIVERED') AND sent_at < :sent) OR (state = 'CANCELLED' AND due_at < :sent)
                           OR (state = 'FAILED' AND due_at < :failed)
                        """)
                .param("sent", now.minus(SENT_KEPT)).param("failed", now.minus(FAILED_KEPT)).update();
        if (deleted > 0) {
            log.info("Deleted {} messages past their retention", deleted);
        }
        return deleted;
    }

    public List<Notification> ofBooking(long bookingId) {
        return jdbc.sql("SELECT * FROM notification WHERE booking_id = :b ORDER BY id").param("b", bookingId)
                .query(Outbox::map).list();
    }

    Optional<Notification> byId(long id) {
        return jdbc.sql("SELECT * FROM notification WHERE id = :id").param("id", id).query(Outbox::map).optional();
    }

    /** Stops one message not sent yet. @return whether it was waiting */
    boolean cancel(long id) {
        return jdbc.sql("UPDATE notification SET state = 'CANCELLED' WHERE id = :id AND state = 'PENDING'").param("id", id).update() == 1;
    }

    public Optional<Notification> byKey(String dedupeKey) {
        return jdbc.sql("SELECT * FROM notification WHERE dedupe_key = :k").param("k", dedupeKey)
                .query(Outbox::map).optional();
    }

    /** The messages due and not sent yet: how many, and when the one waiting longest became due. */
    record Backlog(int due, Optional<LocalDateTime> oldestDueAt) {
    }

    /** One range of the index on (state, due_at). */
    Backlog backlog() {
        return jdbc.sql("SELECT COUNT(*), MIN(due_at) FROM notification WHERE state = 'PENDING' AND due_at <= :now")
                .param("now", now())
                .query((rs, n) -> new Backlog(rs.getInt(1), Optional.ofNullable(rs.getObject(2, LocalDateTime.class)))).single();
    }

    /**
     * In the quiet hours, moves the due messages to 07:00 ({@link QuietHours}), except a booking
     * confirmation written moments ago. The attempts stay as they are; a message claimed by a node
     * that stopped waits too, and is tried at 07:00 (its idempotency key keeps that from sending twice).
     *
     * @return how many messages were held
     */
    int holdForQuietHours() {
        LocalDateTime now = now();
        if (!QuietHours.quiet(now)) {
            return 0;
        }
        return jdbc.sql("""
                        UPDATE notification SET due_at = :morning, held_at = :now
                        WHERE state = 'PENDING' AND due_at <= :now AND attempts < :max
                          AND NOT (COALESCE(kind, '') IN (:asked) AND created_at >= :justNow)
                        """)
                .param("morning", QuietHours.end(now)).param("now", now).param("max", MAX_ATTEMPTS)
                .param("asked", askedRightThenKinds())
                .param("justNow", now.minus(QuietHours.ASKED_RIGHT_THEN)).update();
    }

    /**
     * The due messages, what a resident is waiting for at that moment first (a booking confirmation):
     * a scam alert sent to thousands must not keep a resident at the kiosk waiting for their SMS.
     */
    List<Long> due(int limit) {
        return jdbc.sql("""
                        SELECT id FROM notification WHERE state = 'PENDING' AND due_at <= :now
                        ORDER BY COALESCE(kind, '') IN (:asked) DESC, due_at, id LIMIT :limit""")
                .param("now", now()).param("asked", askedRightThenKinds()).param("limit", limit).query(Long.class).list();
    }

    private static List<String> askedRightThenKinds() {
        return Arrays.stream(MessageKind.values()).filter(QuietHours::askedRightThen).map(Enum::name).toList();
    }

    /**
     * Takes a due message for sending: counts the attempt and hides it for {@link #LEASE}. Only one
     * dispatcher wins the guarded update.
     */
    Optional<Notification> claim(long id) {
        int claimed = jdbc.sql("""
                        UPDATE notification SET attempts = attempts + 1, due_at = :lease
                        WHERE id = :id AND state = 'PENDING' AND due_at <= :now AND attempts < :max
                          AND (NOT :quiet OR (COALESCE(kind, '') IN (:asked) AND created_at >= :justNow))
                        """)
                .param("lease", now().plus(LEASE)).param("id", id).param("now", now()).param("max", MAX_ATTEMPTS)
                .param("quiet", QuietHours.quiet(now())).param("asked", askedRightThenKinds())
                .param("justNow", now().minus(QuietHours.ASKED_RIGHT_THEN))
                .update();
        return claimed == 1 ? jdbc.sql("SELECT * FROM notification WHERE id = :id").param("id", id).query(Outbox::map).optional()
                : Optional.empty();
    }

    /**
     * The gateway took the message. Also when it was cancelled while being sent (a leader's cancel, a
     * booking cancelled in the same seconds): it went, and the screens say so.
     */
    void sent(long id, NotificationChannel via, String providerMessageId) {
        jdbc.sql("""
                        UPDATE notification SET state = 'SENT', sent_at = :now, last_error = NULL, sent_via = :via,
                               provider_message_id = :provider
                        WHERE id = :id AND state IN ('PENDING', 'CANCELLED')
                        """)
                .param("now", now()).param("id", id).param("via", via.name()).param("provider", providerMessageId).update();
        deleteIfForgotten(id);
    }

    /**
     * Not sent this time, or not known: tried again after the back-off, or given up after
     * {@link #MAX_ATTEMPTS}.
     *
     * @param pinTo the channel whose outcome is unknown: the retries go by it only (null: as before)
     */
    void failed(Notification n, String error, NotificationChannel pinTo) {
        boolean last = n.attempts() >= MAX_ATTEMPTS;
        LocalDateTime retryAt = last ? n.dueAt() : now().plus(BACKOFF.get(Math.min(n.attempts(), BACKOFF.size()) - 1));
        jdbc.sql("""
                        UPDATE notification SET state = :state, due_at = :due, last_error = :error,
                               failure_reason = CASE WHEN :state = 'FAILED' THEN :error END,
                               pinned_channel = COALESCE(pinned_channel, :pin)
                        WHERE id = :id AND state = 'PENDING'
                        """)
                .param("state", last ? "FAILED" : "PENDING").param("due", retryAt).param("error", cut(error))
                .param("pin", pinTo == null ? null : pinTo.name()).param("id", n.id())
                .update();
        deleteIfForgotten(n.id());
    }

    /** A retry would fail the same way (a blocked number, a brand name not registered): given up now. */
    void gaveUp(Notification n, String reason) {
        jdbc.sql("""
                        UPDATE notification SET state = 'FAILED', due_at = :now, last_error = :reason, failure_reason = :reason
                        WHERE id = :id AND state = 'PENDING'
                        """)
                .param("now", now()).param("reason", cut(reason)).param("id", n.id()).update();
        deleteIfForgotten(n.id());
    }

    /**
     * Messages whose last attempt was claimed by a node that never said how it went (it stopped):
     * after the lease they are given up, as a last attempt that failed would be.
     */
    int giveUpAbandoned() {
        return jdbc.sql("""
                        UPDATE notification SET state = 'FAILED', last_error = :reason, failure_reason = :reason
                        WHERE state = 'PENDING' AND due_at <= :now AND attempts >= :max
                        """)
                .param("reason", "the last attempt never finished (its app node stopped)").param("now", now())
                .param("max", MAX_ATTEMPTS).update();
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

    /**
     * The provider's receipt: the message reached the phone.
     *
     * @param requestId the message's {@link Notification#requestId()}, as the receipt carries it
     * @return whether the state changed (false for a repeated receipt)
     */
    boolean delivered(String requestId) {
        LocalDateTime now = now();
        return jdbc.sql("""
                        UPDATE notification SET state = 'DELIVERED', delivered_at = :now, sent_at = COALESCE(sent_at, :now),
                               sent_via = 'SMS'
                        """ + RECEIPT_MAY_CHANGE)
                .param("now", now).param("request", requestId).update() == 1;
    }

    /** The provider's receipt: the message did not reach the phone, for {@code reason}. */
    boolean undelivered(String requestId, String reason) {
        return jdbc.sql("""
                        UPDATE notification SET state = 'FAILED', failure_reason = :reason, sent_at = COALESCE(sent_at, :now),
                               sent_via = 'SMS'
                        """ + RECEIPT_MAY_CHANGE)
                .param("reason", cut(reason)).param("now", now()).param("request", requestId).update() == 1;
    }

    private static String cut(String text) {
        return text.length() > 255 ? text.substring(0, 255) : text;
    }

    private void deleteIfForgotten(long id) {
        jdbc.sql("DELETE FROM notification WHERE id = :id AND forget_when_done AND state <> 'PENDING'").param("id", id).update();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static final TypeReference<Map<String, String>> TEMPLATE_DATA = new TypeReference<>() {
    };

    private static Notification map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
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
