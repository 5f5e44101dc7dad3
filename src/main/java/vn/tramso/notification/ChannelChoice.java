package vn.tramso.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The orders a commune may choose for a kind of message (decision 009, "Each commune's choice"):
 * the channels it may take, first to last. A channel left out is never used for that kind, whatever
 * it would cost or reach: with {@link #ZALO_ONLY} a resident without Zalo gets nothing.
 */
public enum ChannelChoice {
    ZALO_THEN_SMS(NotificationChannel.ZALO, NotificationChannel.SMS),
    SMS_ONLY(NotificationChannel.SMS),
    ZALO_ONLY(NotificationChannel.ZALO),
    SMS_THEN_ZALO(NotificationChannel.SMS, NotificationChannel.ZALO);

    private final List<NotificationChannel> channels;

    ChannelChoice(NotificationChannel... channels) {
        this.channels = List.of(channels);
    }

    /** The channels a message of this kind may take, first to last. */
    public List<NotificationChannel> channels() {
        return channels;
    }

    public String labelKey() {
        return "message-settings.choice." + name().toLowerCase().replace('_', '-');
    }

    /** As stored in {@code commune_channel_order.channel_order}: {@code ZALO,SMS}. */
    String stored() {
        return channels.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static ChannelChoice ofStored(String stored) {
        return Arrays.stream(values()).filter(c -> c.stored().equals(stored)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("channel order " + stored));
    }

    /**
     * The choice that reads as the installation's order ({@code TRAMSO_NOTIFICATION_CHANNEL_ORDER}),
     * Zalo and SMS only; empty when it names neither.
     */
    static Optional<ChannelChoice> of(List<NotificationChannel> order) {
        List<NotificationChannel> real = order.stream().filter(c -> c != NotificationChannel.LOG).distinct().toList();
        return Arrays.stream(values()).filter(c -> c.channels.equals(real)).findFirst();
    }
}
