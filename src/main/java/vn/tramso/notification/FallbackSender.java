package vn.tramso.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Tries the channels in their order (Zalo then SMS by default, {@link NotificationSettings#channelOrder()}),
 * or in the order the message's commune chose for its kind, among those set up here: a channel that
 * cannot reach the phone leaves the message to the next; any other outcome is the message's. When no
 * channel reaches it, the message is given up with every channel's reason.
 * <p>
 * A channel that answers "retry later" (its answer lost, a timeout, eSMS's balance too low, an
 * exception) may have sent the message: the outcome names it, the outbox pins the message to it
 * ({@link Notification#pinnedChannel()}), and the retry goes by that channel only. Trying the
 * order again would send it a second time when an earlier channel is back (Zalo out of quota,
 * then eSMS's answer lost: Zalo, back at the retry, would carry it too). The pinned channel's
 * own idempotency key keeps its retry from sending twice (eSMS); see docs/decisions/009.
 */
class FallbackSender implements NotificationSender {

    /** The reason when the commune's order names no channel set up here (read by {@link FailureReason}). */
    static final String NONE_SET_UP = "no channel the commune chose is set up: ";
    /** The reason when the channels the commune chose do not reach the phone and it left others out. */
    static final String CHOSEN_UNREACHABLE = "no channel the commune chose reaches this phone";

    private final SequencedMap<NotificationChannel, NotificationSender> channels;

    /** @param channels the configured channels, in the installation's order */
    FallbackSender(SequencedMap<NotificationChannel, NotificationSender> channels) {
        this.channels = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(channels));
    }

    /** The senders, each under its own {@link NotificationSender#channel()}, in the installation's order. */
    static FallbackSender of(List<NotificationSender> senders) {
        return new FallbackSender(senders.stream().collect(java.util.stream.Collectors.toMap(NotificationSender::channel, s -> s,
                (a, b) -> a, LinkedHashMap::new)));
    }

    /** In the installation's order, or by its pinned channel only. */
    @Override
    public Outcome send(Notification n) {
        return send(n, List.copyOf(channels.sequencedKeySet()));
    }

    /**
     * In {@code order}, only the channels of it that are set up here (a channel left out is never
     * tried), or by the message's pinned channel only, whatever the order.
     */
    @Override
    public Outcome send(Notification n, List<NotificationChannel> order) {
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
        List<NotificationChannel> chosen = order.stream().filter(channels::containsKey).distinct().toList();
        if (chosen.isEmpty()) {
            return new Outcome.GiveUp(NONE_SET_UP + order);
        }
        String noneReaches = chosen.size() < channels.size() ? CHOSEN_UNREACHABLE + " (" + order + ")" : "no channel reaches this phone";
        List<String> reasons = new ArrayList<>();
        for (NotificationChannel name : chosen) {
            Outcome outcome = send(name, channels.get(name), n);
            if (!(outcome instanceof Outcome.Unreachable unreachable)) {
                return outcome;
            }
            reasons.add(unreachable.reason());
        }
        return new Outcome.GiveUp(noneReaches + ": " + String.join("; ", reasons));
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
