package vn.tramso.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Tries the channels in their order (Zalo then SMS by default, {@link NotificationSettings#channelOrder()}):
 * a channel that cannot reach the phone leaves the message to the next; any other outcome is the
 * message's. When no channel reaches it, the message is given up with every channel's reason.
 * <p>
 * A channel that answers "retry later" (its answer lost, a timeout, eSMS's balance too low, an
 * exception) may have sent the message: the outcome names it, the outbox pins the message to it
 * ({@link Notification#pinnedChannel()}), and the retry goes by that channel only. Trying the
 * order again would send it a second time when an earlier channel is back (Zalo out of quota,
 * then eSMS's answer lost: Zalo, back at the retry, would carry it too). The pinned channel's
 * own idempotency key keeps its retry from sending twice (eSMS); see docs/decisions/009.
 */
class FallbackSender implements NotificationSender {

    private final SequencedMap<NotificationChannel, NotificationSender> channels;

    /** @param channels the configured channels, in the installation's order */
    FallbackSender(SequencedMap<NotificationChannel, NotificationSender> channels) {
        this.channels = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(channels));
    }

    /** In the installation's order, or by its pinned channel only. */
    @Override
    public Outcome send(Notification n) {
        return send(n, List.copyOf(channels.sequencedKeySet()));
    }

    /**
     * In {@code order} (channels not configured are passed over), or by the message's pinned channel
     * only, whatever the order.
     */
    Outcome send(Notification n, List<NotificationChannel> order) {
        NotificationChannel pinned = n.pinnedChannel();
        if (pinned != null) {
            NotificationSender only = channels.get(pinned);
            if (only == null) {
                return new Outcome.GiveUp("an earlier attempt by " + pinned + " has no known outcome and " + pinned
                        + " is no longer configured: not sent by another channel, which could make it twice");
            }
            return switch (send(pinned, only, n)) {
                case Outcome.Unreachable unreachable -> new Outcome.Unreachable(pinned + " only, as an earlier attempt by it has no known"
                        + " outcome: " + unreachable.reason());
                case Outcome other -> other;
            };
        }
        List<String> reasons = new ArrayList<>();
        for (NotificationChannel name : order) {
            NotificationSender channel = channels.get(name);
            if (channel == null) {
                continue;
            }
            Outcome outcome = send(name, channel, n);
            if (!(outcome instanceof Outcome.Unreachable unreachable)) {
                return outcome;
            }
            reasons.add(unreachable.reason());
        }
        return new Outcome.GiveUp("no channel reaches this phone: " + String.join("; ", reasons));
    }

    /** One channel's outcome; "retry later", an exception included, names the channel for the pin. */
    private static Outcome send(NotificationChannel name, NotificationSender channel, Notification n) {
        Outcome outcome;
        try {
            outcome = channel.send(n);
        } catch (RuntimeException e) {
            outcome = new Outcome.RetryLater(e.toString()); // an answer it could not read: it may have gone
        }
        return outcome instanceof Outcome.RetryLater retry ? new Outcome.RetryLater(retry.reason(), name) : outcome;
    }
}
