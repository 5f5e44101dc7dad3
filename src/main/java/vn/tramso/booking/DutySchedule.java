package vn.tramso.booking;

import static vn.tramso.booking.BookingRefusedException.Reason.BAD_CLOSURE;
import static vn.tramso.booking.BookingRefusedException.Reason.BAD_SCHEDULE;
import static vn.tramso.booking.BookingRefusedException.Reason.CLOSED;
import static vn.tramso.booking.BookingRefusedException.Reason.HAS_BOOKINGS;
import static vn.tramso.booking.BookingRefusedException.Reason.SLOT_PASSED;
import static vn.tramso.booking.BookingRefusedException.Reason.SLOT_UNKNOWN;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.place.PlaceScope;

/**
 * The duty schedule of each cultural house: weekly slots with a capacity, and closed days. From
 * these come the dated slots residents can book, and whether volunteers are on duty right now.
 */
@Service
public class DutySchedule {

    /** How far ahead residents can book. */
    public static final int BOOKING_DAYS = 14;

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
            """.formatted(BOOKING_DAYS);

    private final JdbcClient jdbc;
    private final PlaceScope scope;
    private final Clock clock;

    DutySchedule(JdbcClient jdbc, PlaceScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /** The day's slots with the places taken; none on a closed day. */
    public List<Slot> slotsOn(long villageId, LocalDate date) {
        return slots(villageId, date, 0);
    }

    /** Slots that start later than now, today and in the coming {@link #BOOKING_DAYS} days. */
    public List<Slot> upcoming(long villageId) {
        LocalDateTime now = now();
        return slots(villageId, now.toLocalDate(), BOOKING_DAYS).stream().filter(s -> s.start().isAfter(now)).toList();
    }

    private List<Slot> slots(long villageId, LocalDate from, int days) {
        return jdbc.sql(SLOTS_OF_DAYS).param("from", from).param("days", days).param("village", villageId)
                .query((rs, n) -> new Slot(villageId, rs.getObject("slot_date", LocalDate.class),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                        rs.getInt("capacity"), rs.getInt("booked")))
                .list();
    }

    public Optional<Slot> nextFree(long villageId) {
        return upcoming(villageId).stream().filter(s -> !s.isFull()).findFirst();
    }

    /** A refusal that offers the cultural house's next free slot instead. */
    BookingRefusedException refusal(BookingRefusedException.Reason reason, long villageId) {
        return new BookingRefusedException(reason, nextFree(villageId).orElse(null));
    }

    /** The slot volunteers are on duty in right now, if any: walk-ins may join the queue. */
    public Optional<Slot> current(long villageId) {
        LocalDateTime now = now();
        LocalTime time = now.toLocalTime();
        return slotsOn(villageId, now.toLocalDate()).stream()
                .filter(s -> !time.isBefore(s.startsAt()) && time.isBefore(s.endsAt()))
                .findFirst();
    }

    /**
     * The slot a resident asked for, if it can still be booked.
     *
     * @throws BookingRefusedException SLOT_UNKNOWN, CLOSED or SLOT_PASSED (with the next free slot)
     */
    Slot bookable(long villageId, SlotRef ref) {
        LocalDate today = now().toLocalDate();
        if (ref.date().isAfter(today.plusDays(BOOKING_DAYS))) {
            throw refusal(SLOT_UNKNOWN, villageId);
        }
        Slot slot = slotsOn(villageId, ref.date()).stream().filter(s -> s.startsAt().equals(ref.startsAt())).findFirst()
                .orElseThrow(() -> refusal(isClosed(villageId, ref.date()) ? CLOSED : SLOT_UNKNOWN, villageId));
        if (!slot.start().isAfter(now())) {
            throw refusal(SLOT_PASSED, villageId);
        }
        return slot;
    }

    public boolean isClosed(long villageId, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM duty_closure WHERE village_id = :v AND closed_on = :d")
                .param("v", villageId).param("d", date).query(Integer.class).single() > 0;
    }

    /**
     * Inside a booking's transaction, after it took its place: whether the day was closed in the
     * meantime. A locking read sees the latest committed closure; {@link #close} waits for the
     * place's row lock, so one of the two always sees the other.
     */
    boolean closedMeanwhile(long villageId, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM duty_closure WHERE village_id = :v AND closed_on = :d LOCK IN SHARE MODE")
                .param("v", villageId).param("d", date).query(Integer.class).single() > 0;
    }

    public List<WeeklySlot> weekly(long villageId) {
        scope.village(villageId);
        return jdbc.sql("SELECT * FROM duty_slot WHERE village_id = :v ORDER BY day_of_week, starts_at").param("v", villageId)
                .query((rs, n) -> new WeeklySlot(rs.getLong("id"), villageId, DayOfWeek.of(rs.getInt("day_of_week")),
                        rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                        rs.getInt("capacity")))
                .list();
    }

    /** Adds a weekly slot; refused if it overlaps another slot of that day or is not a sensible slot. */
    @RetryOnWriteConflict
    @Transactional
    public void addWeekly(long villageId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt, int capacity) {
        scope.village(villageId);
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt) || capacity < 1 || capacity > 50) {
            throw new BookingRefusedException(BAD_SCHEDULE);
        }
        boolean overlaps = weekly(villageId).stream().anyMatch(w -> w.day() == day
                && w.startsAt().isBefore(endsAt) && startsAt.isBefore(w.endsAt()));
        if (overlaps) {
            throw new BookingRefusedException(BAD_SCHEDULE);
        }
        try {
            jdbc.sql("""
                            INSERT INTO duty_slot (village_id, day_of_week, starts_at, ends_at, capacity)
                            VALUES (:v, :day, :s, :e, :c)
                            """)
                    .param("v", villageId).param("day", day.getValue()).param("s", startsAt).param("e", endsAt)
                    .param("c", capacity).update();
        } catch (DuplicateKeyException e) {
            throw new BookingRefusedException(BAD_SCHEDULE);
        }
        // A slot that existed before keeps no stale capacity for the coming days.
        jdbc.sql("""
                        DELETE FROM slot_load WHERE village_id = :v AND starts_at = :s AND booked = 0 AND slot_date >= :today
                          AND DAYOFWEEK(slot_date) = :mysqlDay
                        """)
                .param("v", villageId).param("s", startsAt).param("today", now().toLocalDate())
                .param("mysqlDay", day.getValue() % 7 + 1).update();
    }

    /** Removes a weekly slot; refused while residents hold bookings in it on coming days. */
    @RetryOnWriteConflict
    @Transactional
    public void removeWeekly(long villageId, long slotId) {
        scope.village(villageId);
        WeeklySlot slot = weekly(villageId).stream().filter(w -> w.id() == slotId).findFirst()
                .orElseThrow(() -> new BookingRefusedException(BAD_SCHEDULE));
        int open = jdbc.sql("""
                        SELECT COUNT(*) FROM booking
                        WHERE village_id = :v AND kind = 'APPOINTMENT' AND slot_starts_at = :s AND service_date >= :today
                          AND DAYOFWEEK(service_date) = :mysqlDay AND state IN ('BOOKED', 'WAITING', 'CALLED', 'IN_HELP')
                        """)
                .param("v", villageId).param("s", slot.startsAt()).param("today", now().toLocalDate())
                .param("mysqlDay", slot.day().getValue() % 7 + 1).query(Integer.class).single();
        if (open > 0) {
            throw new BookingRefusedException(HAS_BOOKINGS);
        }
        jdbc.sql("DELETE FROM duty_slot WHERE id = :id AND village_id = :v").param("id", slotId).param("v", villageId).update();
    }

    public List<Closure> closures(long villageId) {
        scope.village(villageId);
        return jdbc.sql("SELECT * FROM duty_closure WHERE village_id = :v AND closed_on >= :today ORDER BY closed_on")
                .param("v", villageId).param("today", now().toLocalDate())
                .query((rs, n) -> new Closure(rs.getLong("id"), villageId, rs.getObject("closed_on", LocalDate.class),
                        rs.getString("reason")))
                .list();
    }

    /** Closes a day (a holiday); refused while residents hold bookings that day. */
    @RetryOnWriteConflict
    @Transactional
    public void close(long villageId, LocalDate date, String reason) {
        scope.village(villageId);
        String why = reason == null ? "" : reason.strip();
        if (date == null || date.isBefore(now().toLocalDate()) || why.isEmpty() || why.length() > 160) {
            throw new BookingRefusedException(BAD_CLOSURE);
        }
        // Locks the day's place counters first: a booking holding a place there finishes before this
        // counts, and one starting later sees the closure (see closedMeanwhile).
        int places = jdbc.sql("SELECT COALESCE(SUM(booked), 0) FROM slot_load WHERE village_id = :v AND slot_date = :d FOR UPDATE")
                .param("v", villageId).param("d", date).query(Integer.class).single();
        int open = jdbc.sql("""
                        SELECT COUNT(*) FROM booking WHERE village_id = :v AND service_date = :d
                          AND state IN ('BOOKED', 'WAITING', 'CALLED', 'IN_HELP')
                        """)
                .param("v", villageId).param("d", date).query(Integer.class).single();
        if (places > 0 || open > 0) {
            throw new BookingRefusedException(HAS_BOOKINGS);
        }
        try {
            jdbc.sql("INSERT INTO duty_closure (village_id, closed_on, reason) VALUES (:v, :d, :r)")
                    .param("v", villageId).param("d", date).param("r", why).update();
        } catch (DuplicateKeyException e) {
            throw new BookingRefusedException(CLOSED);
        }
    }

    @RetryOnWriteConflict
    public void reopen(long villageId, long closureId) {
        scope.village(villageId);
        jdbc.sql("DELETE FROM duty_closure WHERE id = :id AND village_id = :v").param("id", closureId).param("v", villageId).update();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
