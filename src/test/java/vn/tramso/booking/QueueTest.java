package vn.tramso.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tramso.booking.BookingCapacityTest.request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.booking.BookingRefusedException.Reason;
import vn.tramso.notification.Notification;
import vn.tramso.notification.NotificationState;
import vn.tramso.notification.Outbox;
import vn.tramso.place.Village;

/** A day at the cultural house: check-in, calling, helping, people ahead, and the messages sent. */
@IntegrationTest
@WithUserDetails("admin")
class QueueTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    Bookings bookings;
    @Autowired
    Queues queue;
    @Autowired
    TestVillages villages;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BookingRetention retention;
    @Autowired
    TestStaff staff;

    @Test
    void appointments_join_the_queue_at_check_in_and_people_ahead_drop_as_volunteers_call() {
        Village village = villages.create("Q-DAY", 2);
        long volunteer = volunteerId();
        TestDatabase.CLOCK.set(MONDAY.atTime(8, 0).minusDays(1));
        Booking appointment = bookings.book(request(village, new SlotRef(MONDAY, LocalTime.of(9, 0)), "q-appt", villages.desk()));

        TestDatabase.CLOCK.set(MONDAY.atTime(8, 10));
        Booking first = bookings.book(request(village, null, "q-walk-1", villages.desk()));
        TestDatabase.CLOCK.set(MONDAY.atTime(8, 20));
        Booking second = bookings.book(request(village, null, "q-walk-2", villages.desk()));
        assertThat(first.state()).isEqualTo(BookingState.WAITING);
        assertThat(status(second).ahead()).isEqualTo(1);
        assertThat(status(appointment).booking().state()).isEqualTo(BookingState.BOOKED);

        TestDatabase.CLOCK.set(MONDAY.atTime(8, 50));
        Booking arrived = queue.checkIn(village.id(), BookingCodes.qrPayload(appointment.code()));
        assertThat(arrived.state()).isEqualTo(BookingState.WAITING);
        assertThat(status(appointment).ahead()).as("due at 09:00, after both walk-ins").isEqualTo(2);
        assertThat(status(appointment).waitMinutes()).as("2 ahead, 2 volunteers, 15 min").isEqualTo(15);

        assertThat(queue.callNext(village.id()).id()).isEqualTo(first.id());
        assertThat(status(appointment).ahead()).isEqualTo(1);
        queue.start(village.id(), first.id());
        TestDatabase.CLOCK.set(MONDAY.atTime(9, 5));
        Booking done = queue.finishWithoutRecord(first.id(), NoRecordReason.QUESTION_ONLY);
        assertThat(done.state()).isEqualTo(BookingState.DONE);
        assertThat(done.finishedAt()).isEqualTo(MONDAY.atTime(9, 5));
        assertThat(done.volunteerId()).isEqualTo(volunteer);

        assertThat(queue.callNext(village.id()).id()).isEqualTo(second.id());
        assertThat(status(appointment).ahead()).isZero();
        queue.noShow(village.id(), second.id());
        assertThat(jdbc.sql("SELECT no_record_reason FROM booking WHERE id = :id").param("id", first.id()).query(String.class)
                .single()).isEqualTo("QUESTION_ONLY");
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> queue.helped(second.id()))
                .reason()).as("no helping a no-show").isEqualTo(Reason.ALREADY_OVER);
        assertThat(queue.today(village.id()).over()).extracting(Booking::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void two_volunteers_calling_at_once_call_two_different_residents() throws Exception {
        Village village = villages.create("Q-TWO", 2);
        long volunteer = volunteerId();
        TestDatabase.CLOCK.set(MONDAY.atTime(9, 10));
        for (int i = 0; i < 6; i++) {
            bookings.book(request(village, null, "q-two-" + i, villages.desk()));
        }
        List<CompletableFuture<Booking>> calls = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> staff.as("admin", () -> queue.callNext(village.id())))).toList();
        List<Long> called = calls.stream().map(CompletableFuture::join).map(Booking::id).toList();
        assertThat(called).doesNotHaveDuplicates().hasSize(6);
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> queue.callNext(village.id())).reason())
                .isEqualTo(Reason.NOBODY_WAITING);
    }

    @Test
    void check_in_refuses_unknown_codes_other_villages_and_other_days() {
        Village village = villages.create("Q-CHECK", 2);
        Village other = villages.create("Q-OTHER", 2);
        TestDatabase.CLOCK.set(MONDAY.atTime(8, 0));
        Booking tomorrow = bookings.book(request(village, new SlotRef(MONDAY.plusDays(1), LocalTime.of(9, 0)), "q-tomorrow", villages.desk()));

        assertThat(refusal(() -> queue.checkIn(village.id(), tomorrow.code()))).isEqualTo(Reason.NOT_TODAY);
        assertThat(refusal(() -> queue.checkIn(other.id(), tomorrow.code()))).isEqualTo(Reason.UNKNOWN_CODE);
        assertThat(refusal(() -> queue.checkIn(village.id(), "9999 9999"))).isEqualTo(Reason.UNKNOWN_CODE);
        assertThat(refusal(() -> queue.checkIn(village.id(), "033156001234|123456789|Lan|12031956|Nữ|x")))
                .as("an ID card is not a ticket").isEqualTo(Reason.UNKNOWN_CODE);
        assertThat(bookings.find(tomorrow.code())).get().extracting(Booking::state).isEqualTo(BookingState.BOOKED);
    }

    @Test
    void an_appointment_sends_a_confirmation_now_and_a_reminder_the_evening_before_and_cancelling_stops_the_reminder() {
        Village village = villages.create("Q-SMS", 2);
        TestDatabase.CLOCK.set(MONDAY.atTime(10, 15));
        Booking booking = bookings.book(request(village, new SlotRef(MONDAY.plusDays(2), LocalTime.of(8, 0)), "q-sms", villages.desk()));

        List<Notification> messages = outbox.ofBooking(booking.id());
        assertThat(messages).hasSize(2);
        assertThat(messages.getFirst().dueAt()).isEqualTo(MONDAY.atTime(10, 15));
        assertThat(messages.getFirst().body()).contains("08:00 ngay 25/11", "Nha van hoa thon Q-SMS", booking.displayCode())
                .doesNotContain("Nhà");
        assertThat(messages).extracting(m -> m.message().templateData().get("place")).as("Zalo shows diacritics: its template keeps them")
                .containsOnly(village.culturalHouse()).allSatisfy(place -> assertThat(place).startsWith("Nhà văn hóa"));
        assertThat(messages.get(1).dueAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 18, 0));
        assertThat(messages.get(1).recipient()).isEqualTo("0912345678");

        bookings.cancel(booking.code());
        assertThat(outbox.ofBooking(booking.id())).extracting(Notification::state)
                .containsOnly(NotificationState.CANCELLED);
    }

    @Test
    void after_midnight_the_past_days_unhelped_bookings_become_no_shows_and_a_session_in_progress_is_left() {
        Village village = villages.create("Q-END", 2);
        long volunteer = volunteerId();
        TestDatabase.CLOCK.set(MONDAY.atTime(7, 0).minusDays(1));
        Booking neverCame = bookings.book(request(village, new SlotRef(MONDAY, LocalTime.of(10, 0)), "q-end-booked", villages.desk()));
        Booking tomorrow = bookings.book(request(village, new SlotRef(MONDAY.plusDays(1), LocalTime.of(10, 0)), "q-end-next", villages.desk()));
        TestDatabase.CLOCK.set(MONDAY.atTime(8, 0));
        Booking waited = bookings.book(request(village, null, "q-end-waited", villages.desk()));
        Booking helped = bookings.book(request(village, null, "q-end-helped", villages.desk()));
        queue.start(village.id(), helped.id());

        TestDatabase.CLOCK.set(MONDAY.plusDays(1).atTime(0, 5));
        assertThat(dayEnd.closePastDays()).isGreaterThanOrEqualTo(2);
        assertThat(bookings.find(neverCame.code())).get().extracting(Booking::state).isEqualTo(BookingState.NO_SHOW);
        assertThat(bookings.find(waited.code())).get().extracting(Booking::state).isEqualTo(BookingState.NO_SHOW);
        assertThat(bookings.find(helped.code())).get().extracting(Booking::state).isEqualTo(BookingState.IN_HELP);
        assertThat(bookings.find(tomorrow.code())).get().extracting(Booking::state).isEqualTo(BookingState.BOOKED);
    }

    @Autowired
    DayEnd dayEnd;

    @Test
    void bookings_are_deleted_ninety_days_after_the_day_of_help() {
        Village village = villages.create("Q-OLD", 2);
        TestDatabase.CLOCK.set(MONDAY.atTime(9, 30));
        Booking old = bookings.book(request(village, null, "q-old", villages.desk()));
        bookings.book(request(village, new SlotRef(MONDAY, LocalTime.of(10, 0)), "q-old-appt", villages.desk()));
        TestDatabase.CLOCK.set(MONDAY.plusDays(BookingRetention.DAYS).atTime(12, 0));
        retention.purge();
        assertThat(bookings.find(old.code())).as("day 90 is kept").isPresent();
        assertThat(jdbc.sql("SELECT booked FROM slot_load WHERE village_id = :v").param("v", village.id())
                .query(Integer.class).list()).containsExactly(1);
        TestDatabase.CLOCK.set(MONDAY.plusDays(BookingRetention.DAYS + 1).atTime(12, 0));
        retention.purge();
        assertThat(bookings.find(old.code())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_counter WHERE village_id = :v").param("v", village.id())
                .query(Long.class).single()).as("the day's ticket counter").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM slot_load WHERE village_id = :v").param("v", village.id())
                .query(Long.class).single()).as("the day's place counters").isZero();
    }

    private TicketStatus status(Booking b) {
        return queue.status(b.code()).orElseThrow();
    }

    private long volunteerId() {
        return jdbc.sql("SELECT id FROM user_account WHERE username = 'admin'").query(Long.class).single();
    }

    private static Reason refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(BookingRefusedException.class, call).reason();
    }
}
