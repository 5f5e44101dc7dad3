package vn.tramso.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param smsPerCommunePerDay messages one commune may queue in a day (its gateway bill); past it,
 *                            bookings still go through, without their SMS, and say so
 */
@ConfigurationProperties("tramso.notification")
public record NotificationSettings(@DefaultValue("300") int smsPerCommunePerDay) {
}
