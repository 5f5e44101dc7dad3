package vn.tramso.household;

import java.time.LocalDate;
import java.util.Map;

/**
 * One period in which a member looked after a household; {@code endedOn} is {@code null} while it lasts.
 *
 * @param lookerId     the account of the member who looked after it; {@code looker} is their name
 * @param assignedById the account that gave it to them, if still known; {@code assignedBy} is its name
 */
public record Assignment(long lookerId, String looker, LocalDate assignedOn, LocalDate endedOn, Long assignedById,
                         String assignedBy) {

    /** This period with the names of its accounts, asked of account's API ({@link StaffNames}). */
    Assignment named(Map<Long, String> names) {
        return new Assignment(lookerId, names.get(lookerId), assignedOn, endedOn, assignedById,
                assignedById == null ? null : names.get(assignedById));
    }
}
