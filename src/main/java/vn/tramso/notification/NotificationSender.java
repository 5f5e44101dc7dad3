package vn.tramso.notification;

import java.util.List;

/**
 * Sends one message through a gateway (Zalo ZNS, an SMS brand name) and says how it went. Uses
 * {@link Notification#requestId()} as the gateway's idempotency key. An exception counts as
 * {@link Outcome.RetryLater}.
 */
public interface NotificationSender {

    Outcome send(Notification notification);

    /**
     * Sends by the channels of {@code order} only, first to last: the order the message's commune chose
     * for its kind ({@link CommuneMessages}). A sender of one channel not in the order sends nothing.
     */
    default Outcome send(Notification notification, List<NotificationChannel> order) {
        NotificationChannel channel = channel();
        return channel == null || order.contains(channel) ? send(notification)
                : new Outcome.GiveUp(FallbackSender.NONE_SET_UP + order);
    }

    /** The channel this sender is, as a commune's order names it; null for one that takes any message (the log, a test's). */
    default NotificationChannel channel() {
        return null;
    }

    /** How a send went, as the outbox needs to know it. */
    sealed interface Outcome {

        /** The gateway took the message; a receipt may follow. */
        record Accepted(NotificationChannel via, String providerMessageId) implements Outcome {
        }

        /**
         * Nothing was sent, or nothing is known: try again after the outbox's back-off.
         *
         * @param on the channel that answered so ({@link FallbackSender} says it): the outbox pins the
         *           message to it, and the retry goes by that channel only; null from a lone gateway
         */
        record RetryLater(String reason, NotificationChannel on) implements Outcome {

            public RetryLater(String reason) {
                this(reason, null);
            }
        }

        /** Sending this message again would fail the same way: give it up now, with the reason. */
        record GiveUp(String reason) implements Outcome {
        }

        /** This channel cannot reach this phone (no Zalo account, ...): the next channel may. */
        record Unreachable(String reason) implements Outcome {
        }
    }
}
