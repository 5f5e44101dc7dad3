package vn.tramso.notification;

import java.util.ArrayList;
import java.util.List;

/**
 * Tries the channels in their order (Zalo then SMS by default, {@link NotificationSettings#channelOrder()}):
 * a channel that cannot reach the phone leaves the message to the next; any other outcome is the
 * message's. When no channel reaches it, the message is given up with every channel's reason.
 */
class FallbackSender implements NotificationSender {

    private final List<NotificationSender> channels;

    FallbackSender(List<NotificationSender> channels) {
        this.channels = List.copyOf(channels);
    }

    @Override
    public Outcome send(Notification n) {
        List<String> reasons = new ArrayList<>();
        for (NotificationSender channel : channels) {
            Outcome outcome = channel.send(n);
            if (!(outcome instanceof Outcome.Unreachable unreachable)) {
                return outcome;
            }
            reasons.add(unreachable.reason());
        }
        return new Outcome.GiveUp("no channel reaches this phone: " + String.join("; ", reasons));
    }
}
