package vn.tramso.rating;

import java.time.LocalDate;
import java.util.Set;

/** A low score with what the resident said could be better; no name, no volunteer, only the day. */
public record LowRating(LocalDate day, String villageName, RatingChannel channel, int score, boolean doneToday,
                        Set<RatingReason> reasons, String comment) {
}
