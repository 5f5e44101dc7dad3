package vn.tramso.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** One dated slot of the duty schedule with the places taken in it. */
public record Slot(long villageId, LocalDate date, LocalTime startsAt, LocalTime endsAt, int capacity, int booked) {

    public int free() {
        return Math.max(0, capacity - booked);
    }

    public boolean isFull() {
        return free() == 0;
    }

    public LocalDateTime start() {
        return date.atTime(startsAt);
    }

    public SlotRef ref() {
        return new SlotRef(date, startsAt);
    }
}
