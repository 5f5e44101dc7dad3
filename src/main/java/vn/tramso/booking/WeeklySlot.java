package vn.tramso.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A recurring weekly slot of the duty schedule. */
public record WeeklySlot(long id, long villageId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt, int capacity) {
}
