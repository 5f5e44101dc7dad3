package vn.tramso.rating;

/**
 * The answers about one volunteer's help; only listed from {@link Ratings#MIN_FOR_AVERAGE} answers.
 *
 * @param residents   the answers residents gave themselves, on the kiosk or their own phone
 * @param staffDevice the answers given on a staff member's device handed over: a staff member could have
 *                    given them, so they never make a volunteer's average
 */
public record VolunteerRatings(long volunteerId, String name, RatingTotals residents, RatingTotals staffDevice) {

    public RatingTotals all() {
        return residents.plus(staffDevice);
    }

    /** Whether the residents' own answers are enough for an average that no single answer can be told from. */
    public boolean hasAverage() {
        return residents.count() >= Ratings.MIN_FOR_AVERAGE;
    }
}
