package vn.tramso.household;

import java.time.LocalDate;

/** One period in which a member looked after a household; {@code endedOn} is {@code null} while it lasts. */
public record Assignment(String looker, LocalDate assignedOn, LocalDate endedOn, String assignedBy) {
}
