package vn.tramso.notification;

/**
 * A message's life. Every state has a way out: PENDING is sent, retried (also when the node that
 * claimed it stopped: its lease runs out) or given up; SENT becomes DELIVERED or FAILED by the
 * provider's receipt, or is deleted after its retention without one; DELIVERED, FAILED and
 * CANCELLED are deleted after their retention ({@link Outbox#purge()}).
 */
public enum NotificationState {
    PENDING, SENT, DELIVERED, FAILED, CANCELLED
}
