package vn.tramso.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.base.Topic;
import vn.tramso.booking.BookingRefusedException.Reason;
import vn.tramso.place.Village;

/** Booking against the real MariaDB: capacity under concurrency, double taps, refusals that write nothing. */
@IntegrationTest
@WithUserDetails("admin")
public class BookingCapacityTest {

    static final LocalDateTime MONDAY_0830 = LocalDateTime.of(2026, 11, 23, 8, 30);
    static final SlotRef MONDAY_0900 = new SlotRef(LocalDate.of(2026, 11, 23), LocalTime.of(9, 0));

    @Autowired
    Bookings bookings;
    @Autowired
    TestVillages villages;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void monday_morning() {
        TestDatabase.CLOCK.set(MONDAY_0830);
    }

    @Test
    void a_hundred_concurrent_bookings_fill_a_slot_of_three_and_the_rest_are_told_the_next_free_slot() throws Exception {
        Village village = villages.create("CAP-100", 3);
        List<CapacityRace.Outcome> outcomes = CapacityRace.run(bookings, villages.desk(), village, MONDAY_0900, 100);

        assertThat(outcomes).filteredOn(CapacityRace.Outcome::booked).hasSize(3);
        List<CapacityRace.Outcome> refused = outcomes.stream().filter(o -> !o.booked()).toList();
        assertThat(refused).hasSize(97).allSatisfy(o -> {
            assertThat(o.refusal().reason()).isEqualTo(Reason.SLOT_FULL);
            assertThat(o.refusal().nextFree()).get().extracting(Slot::startsAt).isEqualTo(LocalTime.of(10, 0));
        });
        assertThat(bookingsIn(village)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT booked FROM slot_load WHERE village_id = :v").param("v", village.id())
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(outcomes).filteredOn(CapacityRace.Outcome::booked).extracting(o -> o.booking().ticketNumber())
                .containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void the_database_itself_refuses_a_slot_overfilled_by_any_other_path() {
        Village village = villages.create("CAP-CHECK", 1);
        bookings.book(request(village, MONDAY_0900, "first"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE slot_load SET booked = booked + 1 WHERE village_id = :v")
                .param("v", village.id()).update()).hasMessageContaining("ck_slot_load_booked");
    }

    @Test
    void a_double_tap_books_once() throws Exception {
        Village village = villages.create("CAP-TAP", 3);
        BookingRequest tap = request(village, MONDAY_0900, "same-key-" + UUID.randomUUID());
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(8));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Booking>> taps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            taps.add(pool.submit(() -> {
                go.await();
                return bookings.book(tap);
            }));
        }
        go.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<Booking> f : taps) {
            ids.add(f.get().id());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(bookingsIn(village)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT booked FROM slot_load WHERE village_id = :v").param("v", village.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_passed_slot_a_closed_day_and_walk_ins_off_duty_are_refused_and_write_nothing() {
        Village village = villages.create("CAP-REFUSE", 2);
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 23, 9, 30));
        BookingRefusedException passed = catchThrowableOfType(BookingRefusedException.class,
                () -> bookings.book(request(village, MONDAY_0900, "passed")));
        assertThat(passed.reason()).isEqualTo(Reason.SLOT_PASSED);
        assertThat(passed.nextFree()).get().extracting(Slot::startsAt).isEqualTo(LocalTime.of(10, 0));

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 23, 12, 0));
        BookingRefusedException offDuty = catchThrowableOfType(BookingRefusedException.class,
                () -> bookings.book(request(village, null, "walk-in-at-noon")));
        assertThat(offDuty.reason()).isEqualTo(Reason.NOT_ON_DUTY);
        assertThat(offDuty.nextFree()).get().extracting(Slot::start).isEqualTo(LocalDateTime.of(2026, 11, 24, 8, 0));

        schedule.close(village.id(), LocalDate.of(2026, 11, 25), "Họp thôn");
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> bookings.book(request(village,
                new SlotRef(LocalDate.of(2026, 11, 25), LocalTime.of(8, 0)), "closed"))).reason()).isEqualTo(Reason.CLOSED);
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> bookings.book(request(village,
                new SlotRef(LocalDate.of(2026, 11, 24), LocalTime.of(8, 30)), "odd-time"))).reason())
                .isEqualTo(Reason.SLOT_UNKNOWN);
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> bookings.book(new BookingRequest(
                village.code(), null, Topic.VNEID_LEVEL_2, null, null, new Resident("Lan", "0912345678"), villages.desk(),
                "bad-topic"))).reason()).isEqualTo(Reason.BAD_TOPIC);
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> bookings.book(new BookingRequest(
                village.code(), new SlotRef(LocalDate.of(2026, 11, 24), LocalTime.of(8, 0)), Topic.VNEID, null, null,
                Resident.withoutPhone("Lan"), villages.desk(), "no-phone"))).reason())
                .as("an appointment needs a phone for its reminder").isEqualTo(Reason.BAD_PHONE);

        assertThat(bookingsIn(village)).isZero();
        assertThat(jdbc.sql("SELECT COALESCE(SUM(booked), 0) FROM slot_load WHERE village_id = :v").param("v", village.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void a_day_closed_while_residents_book_it_ends_either_closed_and_empty_or_open_with_its_bookings() throws Exception {
        LocalDate day = LocalDate.of(2026, 11, 25);
        for (int round = 0; round < 10; round++) {
            Village village = villages.create("CAP-CLOSE-" + round, 3);
            ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(7));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            work.add(pool.submit(() -> {
                go.await();
                try {
                    schedule.close(village.id(), day, "Họp thôn");
                } catch (BookingRefusedException e) {
                    assertThat(e.reason()).isEqualTo(Reason.HAS_BOOKINGS);
                }
                return null;
            }));
            for (int i = 0; i < 6; i++) {
                SlotRef slot = new SlotRef(day, LocalTime.of(8 + i % 3, 0));
                String key = "close-race-" + round + "-" + i;
                work.add(pool.submit(() -> {
                    go.await();
                    try {
                        bookings.book(request(village, slot, key));
                    } catch (BookingRefusedException e) {
                        assertThat(e.reason()).isIn(Reason.CLOSED, Reason.SLOT_FULL);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            boolean closed = schedule.isClosed(village.id(), day);
            assertThat(bookingsIn(village)).as("round %d, closed: %s", round, closed).satisfies(n -> {
                if (closed) {
                    assertThat(n).isZero();
                }
            });
        }
    }

    @Test
    void cancelling_frees_the_place_and_a_cancelled_booking_cannot_be_cancelled_or_checked_in() {
        Village village = villages.create("CAP-CANCEL", 1);
        Booking booking = bookings.book(request(village, MONDAY_0900, "to-cancel"));
        assertThat(catchThrowableOfType(BookingRefusedException.class,
                () -> bookings.book(request(village, MONDAY_0900, "someone-else"))).reason()).isEqualTo(Reason.SLOT_FULL);

        Booking cancelled = bookings.cancel(booking.displayCode());
        assertThat(cancelled.state()).isEqualTo(BookingState.CANCELLED);
        assertThat(bookings.book(request(village, MONDAY_0900, "someone-else")).state()).isEqualTo(BookingState.BOOKED);

        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> bookings.cancel(booking.code())).reason())
                .isEqualTo(Reason.CANCELLED);
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 23, 8, 55));
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> queue.checkIn(village.id(), booking.code()))
                .reason()).isEqualTo(Reason.CANCELLED);
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> bookings.cancel("0000 0000")).reason())
                .isEqualTo(Reason.UNKNOWN_CODE);
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> bookings.cancel("not a code")).reason())
                .isEqualTo(Reason.UNKNOWN_CODE);
    }

    @Test
    void moving_to_a_full_slot_changes_nothing_and_moving_to_a_free_one_moves_the_place() {
        Village village = villages.create("CAP-MOVE", 1);
        Booking mine = bookings.book(request(village, MONDAY_0900, "mine"));
        SlotRef ten = new SlotRef(MONDAY_0900.date(), LocalTime.of(10, 0));
        bookings.book(request(village, ten, "theirs"));

        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> bookings.move(mine.code(), ten)).reason())
                .isEqualTo(Reason.SLOT_FULL);
        assertThat(bookings.find(mine.code())).get().extracting(Booking::slotStartsAt).isEqualTo(LocalTime.of(9, 0));

        SlotRef tuesday = new SlotRef(MONDAY_0900.date().plusDays(1), LocalTime.of(8, 0));
        Booking moved = bookings.move(mine.code(), tuesday);
        assertThat(moved.serviceDate()).isEqualTo(tuesday.date());
        assertThat(moved.code()).isEqualTo(mine.code());
        assertThat(bookings.book(request(village, MONDAY_0900, "now-free")).state()).isEqualTo(BookingState.BOOKED);
    }

    @Autowired
    DutySchedule schedule;
    @Autowired
    Queues queue;

    private int bookingsIn(Village village) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE village_id = :v AND state <> 'CANCELLED'").param("v", village.id())
                .query(Integer.class).single();
    }

    private BookingRequest request(Village village, SlotRef slot, String key) {
        return request(village, slot, key, villages.desk());
    }

    public static BookingRequest request(Village village, SlotRef slot, String key, Requester requester) {
        return new BookingRequest(village.code(), slot, Topic.VNEID, "vneid-muc-2", 4, new Resident("Nguyễn Thị Lan", "0912345678"),
                requester, key);
    }
}
