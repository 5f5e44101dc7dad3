package vn.tramso.notification;

/**
 * Sends one message through a gateway (an SMS brandname service, Zalo ZNS). Throw to have the
 * message retried later; use {@link Notification#id()} as the gateway's idempotency key.
 */
public interface NotificationSender {

    void send(Notification notification) throws Exception;
}
