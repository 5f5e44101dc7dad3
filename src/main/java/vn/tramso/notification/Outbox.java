package vn.tramso.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Writes messages into the outbox in the caller's transaction, within the paying commune's daily
 * budget ({@link MessageBudget}) and only what the resident still wants ({@link WantedMessages});
 * stops them (a booking cancelled, an alert withdrawn, a leader's cancel), and deletes them when they
 * are no longer kept. How a queued message goes out (claimed, sent, retried after a failure, given up
 * after {@link #MAX_ATTEMPTS} attempts, receipted) is {@link OutboxSending}'s, driven by
 * {@link OutboxDispatcher}. A message holds a resident's number and text, so it is not kept: deleted
 * {@link #SENT_KEPT} after it went (or was cancelled), {@link #FAILED_KEPT} after it was given up
 * ({@link #purge()}), or as soon as it is done when its cause forgets the number ({@link #forget(String)}).
 * <p>
 * These are the rules; the SQL is in {@link OutboxStore} (queued, cancelled, deleted),
 * {@link OutboxSendingStore} (the sending) and {@link OutboxReportStore} (the reads of the reports).
 */
@Service
@EnableConfigurationProperties(NotificationSettings.class)
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    public static final int MAX_ATTEMPTS = 5;
    /**
     * How long a sent (or cancelled) message is kept: enough to answer "did my reminder go?" for a
     * booking of the last weeks. Then the row is deleted, not blanked: a row without its number and
     * text tells nobody anything, and the commune's daily budget is counted in quota_use, not here.
     */
    public static final Duration SENT_KEPT = Duration.ofDays(30);
    /** A message given up after {@link #MAX_ATTEMPTS} attempts is kept a month longer, for whoever follows up the gateway's failure. */
    public static final Duration FAILED_KEPT = Duration.ofDays(60);

    private final OutboxStore store;
    private final OutboxReportStore reports;
    private final MessageBudget budget;
    private final WantedMessages wanted;
    private final Clock clock;

    Outbox(OutboxStore store, OutboxReportStore reports, MessageBudget budget, WantedMessages wanted, Clock clock) {
        this.store = store;
        this.reports = reports;
        this.budget = budget;
        this.wanted = wanted;
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
        if (!wanted.wanted(message.kind(), message.recipient(), communeId)) {
            log.info("Message {} not queued: the resident refused it", dedupeKey);
            return false;
        }
        if (!store.insert(newRequestId(), bookingId, villageId, communeId, dedupeKey, message, dueAt, now())) {
            return true; // queued by another transaction in the same moments: counted there, not here
        }
        int daily = budget.daily(communeId);
        if (!budget.take(communeId, daily)) {
            store.delete(dedupeKey);
            log.warn("Commune {} has queued its {} messages for today; message {} not queued", communeId, daily, dedupeKey);
            return false;
        }
        return true;
    }

    /** The commune's daily budget: its own ({@link CommuneMessages}), else the installation's. */
    public int dailyBudget(long communeId) {
        return budget.daily(communeId);
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

    /** Whether it is now the quiet hours: what is queued now waits until 07:00 ({@link QuietHours}). */
    public boolean inQuietHours() {
        return QuietHours.quiet(now());
    }

    /** How many more messages the commune may queue today before its daily budget (its own, or the installation's) is spent. */
    public int budgetLeftToday(long communeId) {
        return budget.leftToday(communeId);
    }

    /** Whether a booking has messages queued or sent (none when the commune's budget was spent). */
    public boolean hasMessages(long bookingId) {
        return store.hasMessages(bookingId);
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

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
