package vn.tramso.notification;

import java.time.LocalDateTime;

/**
 * A message in the outbox.
 *
 * @param requestId     what a gateway knows the message by and uses as its idempotency key (eSMS's
 *                      {@code RequestId}, Zalo's {@code tracking_id}), so a retry after a lost answer
 *                      does not send it twice; random, made when it was queued (the id of a row older
 *                      than V26), and how eSMS's receipt finds it
 * @param pinnedChannel the channel whose outcome is unknown (its answer was lost, or it said "retry
 *                      later"): the message is retried on that channel only; null until then
 * @param delivery      what carried it and what the provider said; empty parts while pending
 */
public record Notification(long id, String requestId, Long bookingId, String dedupeKey, Message message, NotificationState state,
                           LocalDateTime dueAt, int attempts, String lastError, LocalDateTime sentAt,
                           NotificationChannel pinnedChannel, Delivery delivery) {

    /**
     * @param channel           what carried the message (null while pending)
     * @param providerMessageId eSMS's {@code SMSID} or Zalo's {@code msg_id}
     * @param failureReason     why it was given up, or what the provider's receipt said
     */
    public record Delivery(NotificationChannel channel, String providerMessageId, LocalDateTime deliveredAt,
                           String failureReason) {
    }

    public String recipient() {
        return message.recipient();
    }

    public String body() {
        return message.text();
    }

    @Override
    public String toString() {
        return "Notification[" + id + ", " + dedupeKey + ", " + message.kind() + ", " + state + ", attempts " + attempts + "]";
    }
}
