package vn.tramso.booking;

/** The village whose cultural house takes the bookings. */
public record Village(long id, String code, String name, String culturalHouse) {
}
