package vn.tramso.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of a cultural house's counters of a day: the places taken in each dated slot
 * ({@code slot_load}, a guarded update against a CHECK: docs/decisions/002-booking-capacity-and-personal-data.md)
 * and the day's last ticket number ({@code ticket_counter}). Rows locked by these statements stay
 * locked until the caller's transaction ends; the bookings themselves are {@link BookingStore}'s.
 */
@Repository
class DayCounterStore {

    private final JdbcClient jdbc;

    DayCounterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the dated slot's place counter if it is not open yet. Runs in its own short
     * transaction, before the booking's: creating the row inside many concurrent bookings would
     * deadlock them on the duplicate key.
     */
    void openSlot(Slot slot) {
        jdbc.sql("""
                        INSERT IGNORE INTO slot_load (village_id, slot_date, starts_at, capacity, booked)
                        VALUES (:v, :d, :s, :c, 0)
                        """)
                .param("v", slot.villageId()).param("d", slot.date()).param("s", slot.startsAt()).param("c", slot.capacity())
                .update();
    }

    /** Takes a place if one is free: the guarded update holds the row lock until commit. */
    boolean takePlace(long villageId, LocalDate date, LocalTime startsAt) {
        return jdbc.sql("""
                        UPDATE slot_load SET booked = booked + 1
                        WHERE village_id = :v AND slot_date = :d AND starts_at = :s AND booked < capacity
                        """)
                .param("v", villageId).param("d", date).param("s", startsAt).update() == 1;
    }

    /**
     * The places taken on the day at the cultural house, with the day's place counters locked until
     * commit: a booking holding a place there finishes first, and one starting later waits.
     */
    int lockPlacesTakenOn(long villageId, LocalDate date) {
        return jdbc.sql("SELECT COALESCE(SUM(booked), 0) FROM slot_load WHERE village_id = :v AND slot_date = :d FOR UPDATE")
                .param("v", villageId).param("d", date).query(Integer.class).single();
    }

    /** Forgets the unused place counters of a weekly slot from {@code from} on, so that they keep no stale capacity. */
    void forgetUnusedPlaces(long villageId, DayOfWeek day, LocalTime startsAt, LocalDate from) {
        jdbc.sql("""
                        DELETE FROM slot_load WHERE village_id = :v AND starts_at = :s AND booked = 0 AND slot_date >= :today
                          AND DAYOFWEEK(slot_date) = :mysqlDay
                        """)
                .param("v", villageId).param("s", startsAt).param("today", from)
                .param("mysqlDay", BookingStore.mysqlDayOfWeek(day)).update();
    }

    void releasePlace(long villageId, LocalDate date, LocalTime startsAt) {
        jdbc.sql("""
                        UPDATE slot_load SET booked = booked - 1
                        WHERE village_id = :v AND slot_date = :d AND starts_at = :s AND booked > 0
                        """)
                .param("v", villageId).param("d", date).param("s", startsAt).update();
    }

    /** The next ticket number of the day, from a counter row locked until commit. */
    int nextTicket(long villageId, LocalDate date) {
        jdbc.sql("""
                        INSERT INTO ticket_counter (village_id, ticket_date, last_number) VALUES (:v, :d, LAST_INSERT_ID(1))
                        ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)
                        """)
                .param("v", villageId).param("d", date).update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Integer.class).single();
    }

    /** Deletes the counters of the days before {@code date} (after their bookings: {@link BookingRetention}). */
    void deleteBefore(LocalDate date) {
        jdbc.sql("DELETE FROM slot_load WHERE slot_date < :d").param("d", date).update();
        jdbc.sql("DELETE FROM ticket_counter WHERE ticket_date < :d").param("d", date).update();
    }
}
