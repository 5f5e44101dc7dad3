package vn.tramso.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tramso.place.PlaceService;
import vn.tramso.place.Village;

/** Creates a village of its own for a test, under a demo commune, with a duty schedule. */
@Component
public class TestVillages {

    private final JdbcClient jdbc;
    private final DutySchedule schedule;
    private final PlaceService places;

    TestVillages(JdbcClient jdbc, DutySchedule schedule, PlaceService places) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.places = places;
    }

    /** The demo admin booking at the desk: staff bookings count against no kiosk quota. */
    public Requester.Staff desk() {
        return new Requester.Staff(jdbc.sql("SELECT id FROM user_account WHERE username = 'admin'").query(Long.class).single(),
                Channel.DESK);
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
                schedule.addWeekly(village.id(), day, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0), capacity);
            }
        }
        return village;
    }
}
