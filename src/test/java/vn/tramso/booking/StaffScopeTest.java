package vn.tramso.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * The services themselves refuse a staff member whose place does not cover the village, whatever
 * a screen shows: a volunteer works only in their village, a leader in their commune's villages.
 */
@IntegrationTest
class StaffScopeTest {

    @Autowired
    Queues queue;
    @Autowired
    DutySchedule schedule;
    @Autowired
    Bookings bookings;
    @Autowired
    Places places;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestVillages villages;

    @Test
    void a_volunteer_of_one_village_reads_and_changes_nothing_of_another() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 2, 1, 8, 30));
        long vanLa = places.village("HN-HV-VAN-LA").orElseThrow().id();
        long traPhuong = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();

        staff.run("tnv.traphuong", () -> {
            assertThat(queue.today(traPhuong)).isNotNull();
            assertThat(schedule.weekly(traPhuong)).isNotEmpty();
            assertThatThrownBy(() -> queue.today(vanLa)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queue.comingDays(vanLa)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queue.callNext(vanLa)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queue.checkIn(vanLa, "12345678")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schedule.weekly(vanLa)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schedule.addWeekly(vanLa, DayOfWeek.MONDAY, LocalTime.of(14, 0), LocalTime.of(15, 0), 2))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> schedule.close(vanLa, LocalDate.of(2027, 2, 10), "Họp"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bookings.book(new BookingRequest("HN-HV-VAN-LA", null, Topic.VNEID, null, null,
                    Resident.withoutPhone("Bà Tư"), new Requester.Staff(Channel.PHONE_CALL), "scope-vanla")))
                    .isInstanceOf(AccessDeniedException.class);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE idempotency_key = 'scope-vanla'").query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM duty_slot WHERE village_id = :v AND day_of_week = 1 AND starts_at = '14:00'")
                .param("v", vanLa).query(Integer.class).single()).isZero();
    }

    @Test
    void a_booking_of_another_village_is_not_found_by_id_either() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 2, 6, 8, 30));
        Booking atVanLa = staff.as("admin", () -> bookings.book(new BookingRequest("HN-HV-VAN-LA", null, Topic.VNEID, null,
                null, Resident.withoutPhone("Ông Năm"), new Requester.Staff(Channel.DESK), "scope-by-id")));

        staff.run("tnv.traphuong", () -> {
            assertThatThrownBy(() -> queue.booking(atVanLa.id())).isInstanceOf(AccessDeniedException.class);
            long traPhuong = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
            assertThatThrownBy(() -> queue.noShow(traPhuong, atVanLa.id())).isInstanceOf(BookingRefusedException.class);
        });
        assertThat(staff.as("admin", () -> queue.booking(atVanLa.id())).orElseThrow().state()).isEqualTo(BookingState.WAITING);
    }

    @Test
    void a_commune_leader_sees_the_villages_of_their_commune_only() {
        long traPhuong = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        Village vanLa = places.village("HN-HV-VAN-LA").orElseThrow();

        staff.run("lanhdao.hongquang", () -> {
            assertThat(queue.today(traPhuong)).isNotNull();
            assertThatThrownBy(() -> queue.today(vanLa.id())).isInstanceOf(AccessDeniedException.class);
        });
    }

    /**
     * A kiosk has nobody signed in: it may show how many wait at its cultural house (a number, no
     * names), never the queue itself. The house is the test's own, so the number is known exactly:
     * three walk-ins, one of them already called, and an appointment whose resident has not come.
     */
    @Test
    void nobody_signed_in_reads_no_queue_but_a_kiosk_shows_how_many_wait() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 3, 1, 8, 10));
        Village house = villages.create("SCOPE-WAITING", 3);
        staff.run("admin", () -> {
            List<String> walkIns = List.of("Bà Ba", "Ông Tư", "Cô Năm");
            for (int i = 0; i < walkIns.size(); i++) {
                bookings.book(new BookingRequest(house.code(), null, Topic.VNEID, null, null, Resident.withoutPhone(walkIns.get(i)),
                        villages.desk(), "scope-waiting-" + i));
            }
            bookings.book(BookingCapacityTest.request(house, new SlotRef(LocalDate.of(2027, 3, 1), LocalTime.of(10, 0)),
                    "scope-waiting-appointment", villages.desk()));
            queue.callNext(house.id());
        });

        assertThatThrownBy(() -> queue.today(house.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.closures(house.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(queue.waitingCount(house.id())).as("a kiosk may show the number waiting: two walk-ins not yet called").isEqualTo(2);
        assertThat(staff.as("admin", () -> queue.today(house.id()).waiting())).as("the queue behind the number")
                .extracting(Booking::residentName).containsExactly("Ông Tư", "Cô Năm");
    }
}
