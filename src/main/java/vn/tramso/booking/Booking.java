package vn.tramso.booking;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import vn.tramso.base.Topic;

/** A booking as stored; see {@code V4__booking.sql}. */
public record Booking(
        long id,
        String code,
        long villageId,
        BookingKind kind,
        LocalDate serviceDate,
        LocalTime slotStartsAt,
        LocalTime slotEndsAt,
        int ticketNumber,
        Topic topic,
        String guideId,
        Integer guideStep,
        String residentName,
        String phone,
        Channel channel,
        BookingState state,
        LocalDateTime createdAt,
        LocalDateTime checkedInAt,
        LocalDateTime calledAt,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        Long volunteerId) {

    /** When this resident's turn comes in the queue: arrival, but not before the appointment. */
    public LocalDateTime dueAt() {
        if (checkedInAt == null) {
            return kind == BookingKind.APPOINTMENT ? serviceDate.atTime(slotStartsAt) : createdAt;
        }
        if (kind == BookingKind.APPOINTMENT) {
            LocalDateTime slot = serviceDate.atTime(slotStartsAt);
            return checkedInAt.isAfter(slot) ? checkedInAt : slot;
        }
        return checkedInAt;
    }

    /** The code as printed: two groups of four digits. */
    public String displayCode() {
        return BookingCodes.display(code);
    }

    public Resident resident() {
        return new Resident(residentName, phone);
    }
}
