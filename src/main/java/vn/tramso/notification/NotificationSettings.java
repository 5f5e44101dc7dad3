package vn.tramso.notification;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param smsPerCommunePerDay messages one commune may queue in a day (its gateway bill); past it,
 *                            bookings still go through, without their SMS, and say so
 * @param channelOrder        the channels a message tries, first to last, among those configured
 *                            (env {@code TRAMSO_NOTIFICATION_CHANNEL_ORDER}); one order for every
 *                            commune and message kind for now
 */
@ConfigurationProperties("tramso.notification")
public record NotificationSettings(@DefaultValue("300") int smsPerCommunePerDay,
                                   @DefaultValue("ZALO,SMS") List<NotificationChannel> channelOrder) {
}
