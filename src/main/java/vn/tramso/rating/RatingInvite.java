package vn.tramso.rating;

/** What a rating page tells the resident before asking: whose service they rate. */
public record RatingInvite(long villageId, String culturalHouse) {
}
