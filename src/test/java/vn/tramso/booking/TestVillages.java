package vn.tramso.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Creates a village of its own for a test, under a demo commune, with a duty schedule. */
@Component
public class TestVillages {

    private final JdbcClient jdbc;
    private final DutySchedule schedule;

    TestVillages(JdbcClient jdbc, DutySchedule schedule) {
        this.jdbc = jdbc;
        this.schedule = schedule;
    }

    /** A village with a kiosk-free cultural house and one-hour slots 08:00-11:00 every day with this capacity. */
    public Village create(String code, int capacity) {
        jdbc.sql("""
                        INSERT INTO village (commune_id, code, name, kind, cultural_house_name)
                        VALUES ((SELECT id FROM commune WHERE code = 'HY-HQ'), :code, :name, 'THON', :house)
                        """)
                .param("code", code).param("name", "Thôn " + code).param("house", "Nhà văn hóa thôn " + code).update();
        Village village = jdbc.sql("SELECT id, code, name, cultural_house_name FROM village WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new Village(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 8; hour < 11; hour++) {
                schedule.addWeekly(village.id(), day, LocalTime.of(hour, 0), LocalTime.of(hour + 1, 0), capacity);
            }
        }
        return village;
    }
}
