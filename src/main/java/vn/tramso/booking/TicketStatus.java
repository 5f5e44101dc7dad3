package vn.tramso.booking;

import vn.tramso.place.Village;

/**
 * A booking as its ticket shows it now.
 *
 * @param ahead       residents waiting before this one (only while WAITING)
 * @param waitMinutes the estimated wait (only while WAITING)
 * @param reminded    for an appointment not yet arrived: whether its SMS reminder is on its way
 */
public record TicketStatus(Booking booking, Village village, int ahead, int waitMinutes, boolean reminded) {
}
