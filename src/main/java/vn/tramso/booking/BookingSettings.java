package vn.tramso.booking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on bookings from kiosks, which nobody signs in to (held in the database, see
 * {@link BookingLimits}).
 *
 * @param kioskBookingsPerHour bookings one kiosk may make in a clock hour: far above a cultural
 *                             house's pace, far below what a script needs to fill a fortnight
 * @param phoneBookingsPerWeek appointments one phone number may hold from kiosks in a week
 *                             (Monday to Sunday), so reminders cannot be aimed at a stranger's phone
 */
@ConfigurationProperties("tramso.booking")
public record BookingSettings(@DefaultValue("20") int kioskBookingsPerHour, @DefaultValue("3") int phoneBookingsPerWeek) {
}
