package vn.tramso.place;

/** The village whose cultural house takes the bookings, and its commune. */
public record Village(long id, String code, String name, String culturalHouse, long communeId) {
}
