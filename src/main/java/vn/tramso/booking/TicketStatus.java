package vn.tramso.booking;

/**
 * A booking as its ticket shows it now.
 *
 * @param ahead       residents waiting before this one (only while WAITING)
 * @param waitMinutes the estimated wait (only while WAITING)
 */
public record TicketStatus(Booking booking, Village village, int ahead, int waitMinutes) {
}
