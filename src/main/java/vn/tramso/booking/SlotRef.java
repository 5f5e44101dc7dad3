package vn.tramso.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** Names a slot: its day and start time at a village's cultural house. */
public record SlotRef(LocalDate date, LocalTime startsAt) {
}
