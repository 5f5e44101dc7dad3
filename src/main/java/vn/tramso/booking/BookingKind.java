package vn.tramso.booking;

/** An appointment in a slot of the duty schedule, or a walk-in joining today's queue. */
public enum BookingKind {
    APPOINTMENT, WALK_IN
}
