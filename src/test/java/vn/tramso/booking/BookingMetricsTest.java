package vn.tramso.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tramso.booking.BookingCapacityTest.request;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.ManagementPort;
import vn.tramso.TestDatabase;
import vn.tramso.booking.BookingRefusedException.Reason;
import vn.tramso.place.Village;

/** What a province's operator reads about bookings and queues in a Prometheus scrape. */
@IntegrationTest
@WithUserDetails("admin")
class BookingMetricsTest {

    @Autowired
    Bookings bookings;
    @Autowired
    Queues queue;
    @Autowired
    TestVillages villages;
    @Autowired
    ManagementPort management;

    @Test
    void a_booking_made_and_one_refused_for_a_full_slot_are_counted_by_outcome_and_reason() {
        Village village = villages.create("M-BOOK", 1);
        SlotRef nine = new SlotRef(QueueTest.MONDAY, LocalTime.of(9, 0));
        TestDatabase.CLOCK.set(QueueTest.MONDAY.minusDays(1).atTime(8, 0));
        double made = management.metric("tramso_bookings_total", "outcome=made");
        double full = management.metric("tramso_bookings_total", "outcome=refused", "reason=slot_full");

        bookings.book(request(village, nine, "m-book-1", villages.desk()));
        bookings.book(request(village, nine, "m-book-1", villages.desk())); // the same request again: no second booking
        assertThat(catchThrowableOfType(BookingRefusedException.class,
                () -> bookings.book(request(village, nine, "m-book-2", villages.desk()))).reason()).isEqualTo(Reason.SLOT_FULL);

        assertThat(management.metric("tramso_bookings_total", "outcome=made")).isEqualTo(made + 1);
        assertThat(management.metric("tramso_bookings_total", "outcome=refused", "reason=slot_full")).isEqualTo(full + 1);
    }

    @Test
    void the_people_waiting_at_a_village_are_a_gauge_of_its_own_that_drops_when_a_volunteer_calls() {
        Village village = villages.create("M-WAIT", 2);
        TestDatabase.CLOCK.set(QueueTest.MONDAY.atTime(8, 10));
        bookings.book(request(village, null, "m-wait-1", villages.desk()));
        bookings.book(request(village, null, "m-wait-2", villages.desk()));

        assertThat(management.metric("tramso_queue_waiting", "village=M-WAIT")).isEqualTo(2);
        assertThat(management.metric("tramso_queue_waiting", "village=M-BOOK")).as("another village's queue").isZero();

        queue.callNext(village.id());
        assertThat(management.metric("tramso_queue_waiting", "village=M-WAIT")).isEqualTo(1);
    }
}
