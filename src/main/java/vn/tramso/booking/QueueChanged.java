package vn.tramso.booking;

/** Published when a village's queue or bookings change; delivered after the change commits. */
public record QueueChanged(long villageId) {
}
