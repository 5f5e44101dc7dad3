package vn.tramso.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tramso.place.Commune;

/**
 * A commune's choice for the messages it pays for, as its leader's settings dialog shows it.
 *
 * @param orders        per kind, the order its messages take: the commune's choice, or the installation's
 * @param chosen        whether the commune chose {@link #orders} itself (false: the installation's, until it saves)
 * @param available     per kind, the channels this installation sends by, in its order (a Zalo app and
 *                      the kind's ZNS template; an eSMS account); none: messages are only logged
 * @param dailyBudget   the commune's own daily budget; null: {@link #defaultBudget}
 * @param defaultBudget the installation's daily budget per commune
 * @param queuedToday   messages the commune has queued today, against its budget
 * @param changedAt     when the commune's choice was last saved
 */
public record CommuneMessageSettings(Commune commune, Map<MessageKind, ChannelChoice> orders, boolean chosen,
                                     Map<MessageKind, List<NotificationChannel>> available, Integer dailyBudget, int defaultBudget,
                                     int queuedToday, Optional<LocalDateTime> changedAt) {

    public CommuneMessageSettings {
        orders = Map.copyOf(orders);
        available = Map.copyOf(available);
    }

    /** The budget that holds today. */
    public int budget() {
        return dailyBudget == null ? defaultBudget : dailyBudget;
    }

    /**
     * Whether the choice can carry a message of the kind here: it names a channel this installation
     * sends that kind by (any choice, when messages are only logged).
     */
    public boolean possible(MessageKind kind, ChannelChoice choice) {
        List<NotificationChannel> here = available.getOrDefault(kind, List.of());
        return here.isEmpty() || choice.channels().stream().anyMatch(here::contains);
    }
}
