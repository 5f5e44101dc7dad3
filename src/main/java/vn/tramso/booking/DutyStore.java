package vn.tramso.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the duty schedule: the weekly slots ({@code duty_slot}) and the closed days
 * ({@code duty_closure}), and the dated slots made of them. The places taken in a dated slot are
 * {@link DayCounterStore}'s; the dated slots only read them.
 */
@Repository
class DutyStore {

    /**
     * The dated slots of {@code :days + 1} days from {@code :from}, with the places taken; none on
     * a closed day. Days come from MariaDB's sequence engine; {@code day_of_week} is ISO (1 = Monday).
     */
    private static final String SLOTS_OF_DAYS = """
            SELECT x.slot_date, d.starts_at, d.ends_at,
                   COALESCE(l.capacity, d.capacity) AS capacity, COALESCE(l.booked, 0) AS booked
            FROM (SELECT CAST(:from AS DATE) + INTERVAL seq DAY AS slot_date FROM seq_0_to_%d WHERE seq <= :days) x
            JOIN duty_slot d ON d.village_id = :village AND d.day_of_week = WEEKDAY(x.slot_date) + 1
            LEFT JOIN slot_load l ON l.village_id = d.village_id AND l.slot_date = x.slot_date AND l.starts_at = d.starts_at
            WHERE NOT EXISTS (SELECT 1 FROM duty_closure c WHERE c.village_id = d.village_id AND c.closed_on = x.slot_date)
            ORDER BY x.slot_date, d.starts_at
            """.formatted(DutySchedule.BOOKING_DAYS);

    private final JdbcClient jdbc;

    DutyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The dated slots of the village from {@code from} for {@code days} more days (at most {@link DutySchedule#BOOKING_DAYS}). */
    List<Slot> slots(long villageId, LocalDate from, int days) {
        return jdbc.sql(SLOTS_OF_DAYS).param("from", from).param("days", days).param("village", villageId)
                .query((rs, n) -> new Slot(villageId, rs.getObject("slot_date", LocalDate.class),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                        rs.getInt("capacity"), rs.getInt("booked")))
                .list();
    }

    List<WeeklySlot> weekly(long villageId) {
        return jdbc.sql("SELECT * FROM duty_slot WHERE village_id = :v ORDER BY day_of_week, starts_at").param("v", villageId)
                .query((rs, n) -> new WeeklySlot(rs.getLong("id"), villageId, DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                        rs.getInt("capacity")))
                .list();
    }

    /** Adds a weekly slot; false if the village has one starting then on that day already. */
    boolean addWeekly(long villageId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt, int capacity) {
        try {
            jdbc.sql("""
                            INSERT INTO duty_slot (village_id, day_of_week, starts_at, ends_at, capacity)
                            VALUES (:v, :day, :s, :e, :c)
                            """)
                    .param("v", villageId).param("day", day.getValue()).param("s", startsAt).param("e", endsAt)
                    .param("c", capacity).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void removeWeekly(long villageId, long slotId) {
        jdbc.sql("DELETE FROM duty_slot WHERE id = :id AND village_id = :v").param("id", slotId).param("v", villageId).update();
    }

    boolean isClosed(long villageId, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM duty_closure WHERE village_id = :v AND closed_on = :d")
                .param("v", villageId).param("d", date).query(Integer.class).single() > 0;
    }

    /** Whether the day is closed, by a locking read that sees the latest committed closure (see DutySchedule.closedMeanwhile). */
    boolean isClosedLockingRead(long villageId, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM duty_closure WHERE village_id = :v AND closed_on = :d LOCK IN SHARE MODE")
                .param("v", villageId).param("d", date).query(Integer.class).single() > 0;
    }

    /** The closed days from {@code from} on, soonest first. */
    List<Closure> closuresFrom(long villageId, LocalDate from) {
        return jdbc.sql("SELECT * FROM duty_closure WHERE village_id = :v AND closed_on >= :today ORDER BY closed_on")
                .param("v", villageId).param("today", from)
                .query((rs, n) -> new Closure(rs.getLong("id"), villageId, rs.getObject("closed_on", LocalDate.class),
                        rs.getString("reason")))
                .list();
    }

    /** Closes a day; false if it is closed already. */
    boolean close(long villageId, LocalDate date, String reason) {
        try {
            jdbc.sql("INSERT INTO duty_closure (village_id, closed_on, reason) VALUES (:v, :d, :r)")
                    .param("v", villageId).param("d", date).param("r", reason).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void reopen(long villageId, long closureId) {
        jdbc.sql("DELETE FROM duty_closure WHERE id = :id AND village_id = :v").param("id", closureId).param("v", villageId).update();
    }
}
