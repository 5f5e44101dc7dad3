package vn.tramso.booking;

import java.util.Set;

/**
 * Where a booking is: BOOKED (appointment, resident not here yet) → WAITING (here, in the queue)
 * → CALLED → IN_HELP → DONE; or NO_SHOW, or CANCELLED.
 */
public enum BookingState {
    BOOKED, WAITING, CALLED, IN_HELP, DONE, NO_SHOW, CANCELLED;

    /** States a resident may still cancel or move from. */
    public static final Set<BookingState> OPEN = Set.of(BOOKED, WAITING);

    public boolean isOver() {
        return this == DONE || this == NO_SHOW || this == CANCELLED;
    }

    public String labelKey() {
        return "booking.state." + name().toLowerCase();
    }
}
