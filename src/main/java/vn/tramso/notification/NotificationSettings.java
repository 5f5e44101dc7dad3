package vn.tramso.notification;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param smsPerCommunePerDay messages one commune may queue in a day (its gateway bill), unless it set
 *                            its own ({@link CommuneMessages}); past it, bookings still go through,
 *                            without their SMS, and say so
 * @param channelOrder        the channels a message tries, first to last, among those configured
 *                            (env {@code TRAMSO_NOTIFICATION_CHANNEL_ORDER}), for a commune and kind of
 *                            message without an order of its own ({@link CommuneMessages})
 */
@ConfigurationProperties("tramso.notification")
public record NotificationSettings(@DefaultValue("300") int smsPerCommunePerDay,
                                   @DefaultValue("ZALO,SMS") List<NotificationChannel> channelOrder) {
}
