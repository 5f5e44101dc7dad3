package vn.tramso.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramso.notification.SmsText;
import vn.tramso.base.Topic;

/** Queue order, wait estimate, booking codes and resident details, without a database. */
class BookingRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void the_queue_serves_walk_ins_by_arrival_and_appointments_from_their_slot() {
        Booking walkIn0830 = walkIn(1, 1, "08:30");
        Booking appointment0900 = appointment(2, 2, "09:00", "08:40"); // early: waits for its slot
        Booking walkIn0850 = walkIn(3, 3, "08:50");
        Booking lateAppointment0800 = appointment(4, 4, "08:00", "09:10"); // late: from arrival
        Queue queue = new Queue(List.of(lateAppointment0800, walkIn0850, appointment0900, walkIn0830));

        assertThat(queue.waiting()).extracting(Booking::id).containsExactly(1L, 3L, 2L, 4L);
        assertThat(queue.ahead(appointment0900)).isEqualTo(2);
        assertThat(queue.ahead(walkIn0830)).isZero();
    }

    @Test
    void residents_not_waiting_are_not_ahead_of_anyone() {
        Booking called = with(walkIn(1, 1, "08:00"), BookingState.CALLED);
        Booking booked = with(appointment(2, 2, "08:00", null), BookingState.BOOKED);
        Booking me = walkIn(3, 3, "08:30");
        Queue queue = new Queue(List.of(called, booked, me));
        assertThat(queue.ahead(me)).isZero();
        assertThat(queue.expected()).containsExactly(booked);
        assertThat(queue.called()).containsExactly(called);
    }

    @Test
    void the_wait_shares_the_people_ahead_among_the_volunteers_and_rounds_to_five_minutes() {
        assertThat(WaitEstimate.minutes(0, 2, 15)).isZero();
        assertThat(WaitEstimate.minutes(1, 2, 15)).isEqualTo(15);
        assertThat(WaitEstimate.minutes(3, 2, 15)).isEqualTo(30);
        assertThat(WaitEstimate.minutes(3, 1, 12)).isEqualTo(40); // 36 rounded up
        assertThat(WaitEstimate.minutes(2, 0, 10)).as("nobody on duty counts as one").isEqualTo(20);
    }

    @Test
    void booking_codes_are_read_from_typing_printing_and_scanners_on_other_layouts() {
        assertThat(BookingCodes.read("12345678")).contains("12345678");
        assertThat(BookingCodes.read(" 1234 5678 ")).contains("12345678");
        assertThat(BookingCodes.read("TRAMSO-12345678")).contains("12345678");
        assertThat(BookingCodes.read("TRQ;SO)&é\"'(-è_")).as("US key codes on a French layout").contains("12345678");
        assertThat(BookingCodes.read("1234-5678")).contains("12345678");
        assertThat(BookingCodes.read("1234567")).isEmpty();
        assertThat(BookingCodes.read("123456789")).isEmpty();
        assertThat(BookingCodes.read("12a45678")).isEmpty();
        assertThat(BookingCodes.read(null)).isEmpty();
        assertThat(BookingCodes.next()).matches("[0-9]{8}");
    }

    @Test
    void a_resident_needs_a_name_of_letters_and_a_vietnamese_mobile_number() {
        Resident r = new Resident("  nguyễn   văn an ", "+84 912 345 678");
        assertThat(r.name()).isEqualTo("nguyễn văn an");
        assertThat(r.phone()).isEqualTo("0912345678");
        assertThat(r.maskedPhone()).isEqualTo("0912 *** 678");
        assertThat(r.toString()).doesNotContain("345", "nguyễn");
        assertThatThrownBy(() -> new Resident("A", "0912345678")).hasMessageContaining("BAD_NAME");
        assertThatThrownBy(() -> new Resident("Lan 2", "0912345678")).hasMessageContaining("BAD_NAME");
        assertThatThrownBy(() -> new Resident("Lan", "0212345678")).hasMessageContaining("BAD_PHONE");
        assertThatThrownBy(() -> new Resident("Lan", "091234567")).hasMessageContaining("BAD_PHONE");
    }

    @Test
    void sms_texts_drop_diacritics() {
        assertThat(SmsText.withoutDiacritics("Nhà văn hóa thôn Đình Dù")).isEqualTo("Nha van hoa thon Dinh Du");
    }

    private static Booking walkIn(long id, int ticket, String arrived) {
        LocalDateTime at = DAY.atTime(LocalTime.parse(arrived));
        return new Booking(id, "0000000" + id, 1, BookingKind.WALK_IN, DAY, null, null, ticket, Topic.VNEID, null, null,
                "Lan", "0912345678", Channel.KIOSK, BookingState.WAITING, at, at, null, null, null, null);
    }

    private static Booking appointment(long id, int ticket, String slot, String arrived) {
        LocalTime start = LocalTime.parse(slot);
        return new Booking(id, "0000000" + id, 1, BookingKind.APPOINTMENT, DAY, start, start.plusHours(1), ticket, Topic.VNEID,
                null, null, "Lan", "0912345678", Channel.KIOSK, arrived == null ? BookingState.BOOKED : BookingState.WAITING,
                DAY.minusDays(1).atTime(10, 0), arrived == null ? null : DAY.atTime(LocalTime.parse(arrived)),
                null, null, null, null);
    }

    private static Booking with(Booking b, BookingState state) {
        return new Booking(b.id(), b.code(), b.villageId(), b.kind(), b.serviceDate(), b.slotStartsAt(), b.slotEndsAt(),
                b.ticketNumber(), b.topic(), b.guideId(), b.guideStep(), b.residentName(), b.phone(), b.channel(), state,
                b.createdAt(), b.checkedInAt(), b.calledAt(), b.startedAt(), b.finishedAt(), b.volunteerId());
    }
}
