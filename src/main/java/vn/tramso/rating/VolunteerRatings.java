package vn.tramso.rating;

/** The answers about one volunteer's help; only listed from {@link Ratings#MIN_FOR_AVERAGE} answers. */
public record VolunteerRatings(long volunteerId, String name, RatingTotals totals) {
}
