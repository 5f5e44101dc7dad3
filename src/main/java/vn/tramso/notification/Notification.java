package vn.tramso.notification;

import java.time.LocalDateTime;

/**
 * A message in the outbox. {@link #id()} is what a gateway uses as its idempotency key (eSMS's
 * {@code RequestId}, Zalo's {@code tracking_id}), so a retry after a lost answer does not send the
 * message twice.
 *
 * @param delivery what carried it and what the provider said; empty parts while pending
 */
public record Notification(long id, Long bookingId, String dedupeKey, Message message, NotificationState state,
                           LocalDateTime dueAt, int attempts, String lastError, LocalDateTime sentAt, Delivery delivery) {

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
