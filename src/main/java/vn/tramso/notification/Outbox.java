package vn.tramso.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import vn.tramso.base.QuotaStore;

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
 * <p>
 * These are the rules; the SQL is in {@link OutboxStore} (a message's life) and
 * {@link OutboxReportStore} (the reads of the reports).
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

    /** The quota row counting a commune's messages of the day ({@link QuotaStore}). */
    private static final String QUOTA = "messages";

    private final OutboxStore store;
    private final OutboxReportStore reports;
    private final QuotaStore quotas;
    private final NotificationSettings settings;
    private final CommuneMessageStore communes;
    private final MessageChoiceStore choices;
    private final Clock clock;

    Outbox(OutboxStore store, OutboxReportStore reports, QuotaStore quotas, NotificationSettings settings, CommuneMessageStore communes,
           MessageChoiceStore choices, Clock clock) {
        this.store = store;
        this.reports = reports;
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
        if (!store.insert(newRequestId(), bookingId, villageId, communeId, dedupeKey, message, dueAt, now())) {
            return true; // queued by another transaction in the same moments: counted there, not here
        }
        int budget = dailyBudget(communeId);
        if (!quotas.take(QUOTA, String.valueOf(communeId), now().toLocalDate().atStartOfDay(), budget)) {
            store.delete(dedupeKey);
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
        return store.hasMessages(bookingId);
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
        Long commune = store.communeOf(n.id()).orElse(null);
        return wanted(n.message().kind(), n.recipient(), commune);
    }

    /** A claimed message its resident no longer wants: stopped, with the reason. */
    void cancelRefused(long id) {
        store.cancel(id, REFUSED);
        store.deleteIfForgotten(id);
    }

    static final String REFUSED = "refused by the resident";

    /**
     * Stops the messages to a number not sent yet: every one when its resident refused messages, or
     * only a commune's scam alerts when they withdrew their consent to those. @return how many
     */
    int cancelWaitingFor(String phone, MessageKind onlyKind, Long onlyCommune) {
        String local = Phones.local(phone);
        List<String> forms = List.of(local, Phones.international(local), "+" + Phones.international(local));
        return store.cancelWaitingFor(forms, onlyKind, onlyCommune, REFUSED);
    }

    /** Stops every message not sent yet whose dedupe key starts with {@code prefix} (an alert withdrawn). @return how many */
    public int cancelWaiting(String prefix) {
        return store.cancelWaiting(prefix);
    }

    /** The dedupe keys starting with {@code prefix}: which of a batch are queued already. */
    public Set<String> keysStartingWith(String prefix) {
        return store.keysStartingWith(prefix);
    }

    /**
     * How the messages whose dedupe key starts with {@code prefix} went, a count per state; only
     * those a commune pays for when {@code communeId} is given.
     */
    public Map<NotificationState, Integer> countsByState(String prefix, Long communeId) {
        return reports.countsByState(prefix, communeId);
    }

    /** Stops every message of a booking not sent yet (the booking was cancelled or moved). */
    public int cancelPending(long bookingId) {
        return store.cancelPending(bookingId);
    }

    /**
     * The cause of a message no longer needs the resident's number (a concern is closed and its
     * phone forgotten): the message is deleted now when it was sent, given up or cancelled, and
     * right after it is sent or given up when it still waits.
     */
    public void forget(String dedupeKey) {
        store.forget(dedupeKey);
    }

    /** Deletes the messages past their retention ({@link #SENT_KEPT}, {@link #FAILED_KEPT}); pending ones stay. */
    public int purge() {
        LocalDateTime now = now();
        int deleted = store.purge(now.minus(SENT_KEPT), now.minus(FAILED_KEPT));
        if (deleted > 0) {
            log.info("Deleted {} messages past their retention", deleted);
        }
        return deleted;
    }

    public List<Notification> ofBooking(long bookingId) {
        return store.ofBooking(bookingId);
    }

    Optional<Notification> byId(long id) {
        return store.byId(id);
    }

    /** Stops one message not sent yet. @return whether it was waiting */
    boolean cancel(long id) {
        return store.cancel(id);
    }

    public Optional<Notification> byKey(String dedupeKey) {
        return store.byKey(dedupeKey);
    }

    /** The messages due and not sent yet: how many, and when the one waiting longest became due. */
    record Backlog(int due, Optional<LocalDateTime> oldestDueAt) {
    }

    /** One range of the index on (state, due_at). */
    Backlog backlog() {
        return reports.backlog(now());
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
        return store.hold(now, QuietHours.end(now), MAX_ATTEMPTS, askedRightThen(now));
    }

    /**
     * The due messages, what a resident is waiting for at that moment first (a booking confirmation):
     * a scam alert sent to thousands must not keep a resident at the kiosk waiting for their SMS.
     */
    List<Long> due(int limit) {
        return store.due(now(), askedRightThenKinds(), limit);
    }

    private static List<MessageKind> askedRightThenKinds() {
        return Arrays.stream(MessageKind.values()).filter(QuietHours::askedRightThen).toList();
    }

    /** A message asked for right then: of such a kind, and written less than {@link QuietHours#ASKED_RIGHT_THEN} ago. */
    private static OutboxStore.AskedRightThen askedRightThen(LocalDateTime now) {
        return new OutboxStore.AskedRightThen(askedRightThenKinds(), now.minus(QuietHours.ASKED_RIGHT_THEN));
    }

    /**
     * Takes a due message for sending: counts the attempt and hides it for {@link #LEASE}. Only one
     * dispatcher wins the guarded update.
     */
    Optional<Notification> claim(long id) {
        LocalDateTime now = now();
        return store.claim(id, now, now.plus(LEASE), MAX_ATTEMPTS, QuietHours.quiet(now), askedRightThen(now));
    }

    /**
     * The gateway took the message. Also when it was cancelled while being sent (a leader's cancel, a
     * booking cancelled in the same seconds): it went, and the screens say so.
     */
    void sent(long id, NotificationChannel via, String providerMessageId) {
        store.sent(id, via, providerMessageId, now());
        store.deleteIfForgotten(id);
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
        store.failed(n.id(), last ? NotificationState.FAILED : NotificationState.PENDING, retryAt, cut(error), pinTo);
        store.deleteIfForgotten(n.id());
    }

    /** A retry would fail the same way (a blocked number, a brand name not registered): given up now. */
    void gaveUp(Notification n, String reason) {
        store.gaveUp(n.id(), cut(reason), now());
        store.deleteIfForgotten(n.id());
    }

    /**
     * Messages whose last attempt was claimed by a node that never said how it went (it stopped):
     * after the lease they are given up, as a last attempt that failed would be.
     */
    int giveUpAbandoned() {
        return store.giveUpAbandoned(now(), MAX_ATTEMPTS, "the last attempt never finished (its app node stopped)");
    }

    /**
     * The provider's receipt: the message reached the phone. A receipt changes only a message sent by
     * SMS, or one handed to a gateway at least once ({@link OutboxStore#delivered}).
     *
     * @param requestId the message's {@link Notification#requestId()}, as the receipt carries it
     * @return whether the state changed (false for a repeated receipt)
     */
    boolean delivered(String requestId) {
        return store.delivered(requestId, now());
    }

    /** The provider's receipt: the message did not reach the phone, for {@code reason}. */
    boolean undelivered(String requestId, String reason) {
        return store.undelivered(requestId, cut(reason), now());
    }

    private static String cut(String text) {
        return text.length() > 255 ? text.substring(0, 255) : text;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
