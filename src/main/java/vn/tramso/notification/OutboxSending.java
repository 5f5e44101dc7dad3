package vn.tramso.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A queued message's way out, as {@link OutboxDispatcher} drives it: the due messages picked, what
 * falls in the quiet hours held until 07:00 ({@link QuietHours}), each claimed before it is sent and
 * hidden for {@link #LEASE}, then sent, or back to PENDING with a growing delay ({@link #BACKOFF})
 * after a failure, or FAILED after {@link Outbox#MAX_ATTEMPTS} attempts or when the gateway says a
 * retry would fail the same way; and the provider's receipts (DELIVERED or FAILED). A message claimed
 * by a node that stopped before it knew the outcome is tried again when its lease runs out (the
 * gateways' idempotency keys keep that from sending twice), or given up if that was its last attempt
 * ({@link #giveUpAbandoned()}). Queuing, cancelling and retention are {@link Outbox}'s.
 */
@Component
class OutboxSending {

    /** Delay before attempt 2, 3, 4, 5. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2));
    /** How long a message being sent is hidden from other dispatchers. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final OutboxSendingStore store;
    private final OutboxStore messages;
    private final OutboxReportStore reports;
    private final WantedMessages wanted;
    private final Clock clock;

    OutboxSending(OutboxSendingStore store, OutboxStore messages, OutboxReportStore reports, WantedMessages wanted, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.reports = reports;
        this.wanted = wanted;
        this.clock = clock;
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
        return store.hold(now, QuietHours.end(now), Outbox.MAX_ATTEMPTS, askedRightThen(now));
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
    private static OutboxSendingStore.AskedRightThen askedRightThen(LocalDateTime now) {
        return new OutboxSendingStore.AskedRightThen(askedRightThenKinds(), now.minus(QuietHours.ASKED_RIGHT_THEN));
    }

    /**
     * Takes a due message for sending: counts the attempt and hides it for {@link #LEASE}. Only one
     * dispatcher wins the guarded update.
     */
    Optional<Notification> claim(long id) {
        LocalDateTime now = now();
        boolean claimed = store.claim(id, now, now.plus(LEASE), Outbox.MAX_ATTEMPTS, QuietHours.quiet(now), askedRightThen(now));
        return claimed ? messages.byId(id) : Optional.empty();
    }

    /** {@link WantedMessages#wanted}, asked again of a claimed message (its commune as stored). */
    boolean stillWanted(Notification n) {
        if (n.message().kind() != null && QuietHours.askedRightThen(n.message().kind())) {
            return true;
        }
        Long commune = messages.communeOf(n.id()).orElse(null);
        return wanted.wanted(n.message().kind(), n.recipient(), commune);
    }

    /** A claimed message its resident no longer wants: stopped, with the reason. */
    void cancelRefused(long id) {
        messages.cancel(id, WantedMessages.REFUSED);
        store.deleteIfForgotten(id);
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
     * {@link Outbox#MAX_ATTEMPTS}.
     *
     * @param pinTo the channel whose outcome is unknown: the retries go by it only (null: as before)
     */
    void failed(Notification n, String error, NotificationChannel pinTo) {
        boolean last = n.attempts() >= Outbox.MAX_ATTEMPTS;
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
        return store.giveUpAbandoned(now(), Outbox.MAX_ATTEMPTS, "the last attempt never finished (its app node stopped)");
    }

    /**
     * The provider's receipt: the message reached the phone. A receipt changes only a message sent by
     * SMS, or one handed to a gateway at least once ({@link OutboxSendingStore#delivered}).
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
