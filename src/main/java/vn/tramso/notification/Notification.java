package vn.tramso.notification;

import java.time.LocalDateTime;

/**
 * A message in the outbox. {@link #id()} is what a gateway should use as its idempotency key, so
 * a retry after a lost answer does not send the message twice.
 */
public record Notification(long id, Long bookingId, String dedupeKey, NotificationChannel channel, String recipient,
                           String body, NotificationState state, LocalDateTime dueAt, int attempts, String lastError,
                           LocalDateTime sentAt) {

    @Override
    public String toString() {
        return "Notification[" + id + ", " + dedupeKey + ", " + channel + ", " + state + ", attempts " + attempts + "]";
    }
}
