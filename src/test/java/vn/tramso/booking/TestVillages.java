package vn.tramso.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tramso.TestStaff;
import vn.tramso.place.PlaceService;
import vn.tramso.place.Village;

/** Creates a village of its own for a test, under a demo commune, with a duty schedule. */
@Component
public class TestVillages {

    private final JdbcClient jdbc;
    private final DutySchedule schedule;
    private final PlaceService places;
    private final TestStaff staff;

    TestVillages(JdbcClient jdbc, DutySchedule schedule, PlaceService places, TestStaff staff) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.places = places;
        this.staff = staff;
    }

    /** A booking made by the signed-in staff member at the desk: staff bookings count against no kiosk quota. */
    public Requester.Staff desk() {
        return new Requester.Staff(Channel.DESK);
    }

    /** A village with a kiosk-free cultural house and one-hour slots 08:00-11:00 every day with this capacity. */
    public Village create(String code, int capacity) {
        jdbc.sql("""
                        INSERT INTO village (commune_id, code, name, kind, cultural_house_name)
                        VALUES ((SELECT id FROM commune WHERE code = 'HY-HQ'), :code, :name, 'THON', :house)
                        """)
                .param("code", code).param("name", "Thôn " + code).param("house", "Nhà văn hóa thôn " + code).update();
        Village village = places.village(code).orElseThrow();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 8; hour < 11; hour++) {
                LocalTime start = LocalTime.of(hour, 0);
                staff.run("admin", () -> schedule.addWeekly(village.id(), day, start, start.plusHours(1), capacity));
            }
        }
        return village;
    }
}
