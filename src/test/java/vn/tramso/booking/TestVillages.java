package vn.tramso.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.stereotype.Component;
import vn.tramso.TestPlaces;
import vn.tramso.TestStaff;
import vn.tramso.place.Village;

/** Creates a village of its own for a test, under a demo commune ({@link TestPlaces}), with a duty schedule. */
@Component
public class TestVillages {

    private final DutySchedule schedule;
    private final TestPlaces places;
    private final TestStaff staff;

    TestVillages(DutySchedule schedule, TestPlaces places, TestStaff staff) {
        this.schedule = schedule;
        this.places = places;
        this.staff = staff;
    }

    /** A booking made by the signed-in staff member at the desk: staff bookings count against no kiosk quota. */
    public Requester.Staff desk() {
        return new Requester.Staff(Channel.DESK);
    }

    /**
     * A village ({@code "Thôn " + code}) of the demo commune with a kiosk-free cultural house and one-hour slots
     * 08:00-11:00 every day with this capacity.
     */
    public Village create(String code, int capacity) {
        Village village = places.village(code);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 8; hour < 11; hour++) {
                LocalTime start = LocalTime.of(hour, 0);
                staff.run("admin", () -> schedule.addWeekly(village.id(), day, start, start.plusHours(1), capacity));
            }
        }
        return village;
    }
}
