package vn.tramso.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tramso.base.Topic;

/** The SQL of bookings; the day's counters of slot places and ticket numbers are {@link DayCounterStore}'s. */
@Repository
class BookingStore {

    private final JdbcClient jdbc;

    BookingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Booking b, String idempotencyKey, Long bookedBy) {
        jdbc.sql("""
                        INSERT INTO booking (code, idempotency_key, village_id, kind, service_date, slot_starts_at, slot_ends_at,
                            ticket_number, topic, guide_id, guide_step, resident_name, phone, channel, booked_by, state,
                            created_at, checked_in_at)
                        VALUES (:code, :key, :village, :kind, :date, :starts, :ends, :ticket, :topic, :guide, :step, :name, :phone,
                            :channel, :bookedBy, :state, :created, :checkedIn)
                        """)
                .param("code", b.code()).param("key", idempotencyKey).param("village", b.villageId())
                .param("kind", b.kind().name()).param("date", b.serviceDate()).param("starts", b.slotStartsAt())
                .param("ends", b.slotEndsAt()).param("ticket", b.ticketNumber()).param("topic", b.topic().slug())
                .param("guide", b.guideId()).param("step", b.guideStep()).param("name", b.residentName())
                .param("phone", b.phone()).param("channel", b.channel().name()).param("bookedBy", bookedBy)
                .param("state", b.state().name()).param("created", b.createdAt()).param("checkedIn", b.checkedInAt())
                .update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    Optional<Booking> byId(long id) {
        return jdbc.sql("SELECT * FROM booking WHERE id = :id").param("id", id).query(BookingStore::map).optional();
    }

    /** These bookings; an id that is no booking is left out. */
    List<Booking> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : jdbc.sql("SELECT * FROM booking WHERE id IN (:ids)").param("ids", ids).query(BookingStore::map).list();
    }

    Optional<Booking> byCode(String code) {
        return jdbc.sql("SELECT * FROM booking WHERE code = :code").param("code", code).query(BookingStore::map).optional();
    }

    /** The booking, locked until commit, so that concurrent changes to it happen one after another. */
    Optional<Booking> byCodeForUpdate(String code) {
        return jdbc.sql("SELECT * FROM booking WHERE code = :code FOR UPDATE").param("code", code)
                .query(BookingStore::map).optional();
    }

    Optional<Booking> byIdempotencyKey(String key) {
        return jdbc.sql("SELECT * FROM booking WHERE idempotency_key = :key").param("key", key)
                .query(BookingStore::map).optional();
    }

    /** Open bookings (booked, waiting, called, being helped) of the cultural house on the day. */
    int openOn(long villageId, LocalDate date) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM booking WHERE village_id = :v AND service_date = :d
                          AND state IN ('BOOKED', 'WAITING', 'CALLED', 'IN_HELP')
                        """)
                .param("v", villageId).param("d", date).query(Integer.class).single();
    }

    /** Open appointments in a weekly slot from {@code from} on. */
    int openInWeeklySlot(long villageId, DayOfWeek day, LocalTime startsAt, LocalDate from) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM booking
                        WHERE village_id = :v AND kind = 'APPOINTMENT' AND slot_starts_at = :s AND service_date >= :today
                          AND DAYOFWEEK(service_date) = :mysqlDay AND state IN ('BOOKED', 'WAITING', 'CALLED', 'IN_HELP')
                        """)
                .param("v", villageId).param("s", startsAt).param("today", from)
                .param("mysqlDay", mysqlDayOfWeek(day)).query(Integer.class).single();
    }

    /** Marks whoever was booked, waiting or called on a day before {@code today} as a no-show. */
    int markNoShowsBefore(LocalDate today) {
        return jdbc.sql("""
                        UPDATE booking SET state = 'NO_SHOW'
                        WHERE service_date < :today AND state IN ('BOOKED', 'WAITING', 'CALLED')
                        """)
                .param("today", today).update();
    }

    /** How many residents wait at each cultural house on this day (villages with nobody waiting are left out); one pass over the day's index. */
    Map<Long, Integer> waitingByVillage(LocalDate date) {
        return jdbc.sql("SELECT village_id, COUNT(*) FROM booking WHERE service_date = :d AND state = 'WAITING' GROUP BY village_id")
                .param("d", date).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Booking> ofDay(long villageId, LocalDate date) {
        return jdbc.sql("SELECT * FROM booking WHERE village_id = :v AND service_date = :d ORDER BY ticket_number")
                .param("v", villageId).param("d", date).query(BookingStore::map).list();
    }

    /** Appointments still booked after this day, soonest first. */
    List<Booking> bookedAfter(long villageId, LocalDate date) {
        return jdbc.sql("""
                        SELECT * FROM booking WHERE village_id = :v AND service_date > :d AND state = 'BOOKED'
                        ORDER BY service_date, slot_starts_at, ticket_number
                        """).param("v", villageId).param("d", date).query(BookingStore::map).list();
    }

    /**
     * Moves a booking to {@code to} only if it is still in one of the {@code from} states, noting
     * when it got there (arrival, call, start, end of help) and, when given, the volunteer.
     */
    boolean transition(long id, Set<BookingState> from, BookingState to, LocalDateTime at, Long volunteerId) {
        String stamp = switch (to) {
            case WAITING -> ", checked_in_at = :at";
            case CALLED -> ", called_at = :at";
            case IN_HELP -> ", started_at = :at";
            case DONE -> ", finished_at = :at";
            case BOOKED, NO_SHOW, CANCELLED -> "";
        };
        String volunteer = volunteerId == null ? "" : ", volunteer_id = :volunteer";
        var spec = jdbc.sql("UPDATE booking SET state = :to" + stamp + volunteer + " WHERE id = :id AND state IN (:from)")
                .param("to", to.name()).param("id", id).param("from", from.stream().map(Enum::name).toList());
        if (!stamp.isEmpty()) {
            spec = spec.param("at", at);
        }
        if (volunteerId != null) {
            spec = spec.param("volunteer", volunteerId);
        }
        return spec.update() == 1;
    }

    void moveTo(long id, Slot slot, int ticket) {
        jdbc.sql("""
                        UPDATE booking SET service_date = :d, slot_starts_at = :s, slot_ends_at = :e, ticket_number = :t
                        WHERE id = :id
                        """)
                .param("d", slot.date()).param("s", slot.startsAt()).param("e", slot.endsAt()).param("t", ticket)
                .param("id", id).update();
    }

    void noRecordReason(long id, NoRecordReason reason) {
        jdbc.sql("UPDATE booking SET no_record_reason = :r WHERE id = :id").param("id", id)
                .param("r", reason == null ? null : reason.name()).update();
    }

    /** Average minutes of the help sessions finished at this cultural house in the last 30 days, if at least 3. */
    Optional<Integer> averageHelpMinutes(long villageId, LocalDate today) {
        return jdbc.sql("""
                        SELECT CASE WHEN COUNT(*) >= 3 THEN ROUND(AVG(TIMESTAMPDIFF(SECOND, started_at, finished_at)) / 60) END
                        FROM booking
                        WHERE village_id = :v AND state = 'DONE' AND service_date > :since
                          AND started_at IS NOT NULL AND finished_at IS NOT NULL
                        """)
                .param("v", villageId).param("since", today.minusDays(30)).query(Integer.class).optional();
    }

    /** Deletes the bookings (and by cascade their messages) of days before {@code date}; the days' counters: {@link DayCounterStore}. */
    int deleteBefore(LocalDate date) {
        return jdbc.sql("DELETE FROM booking WHERE service_date < :d").param("d", date).update();
    }

    /** MariaDB's DAYOFWEEK: 1 = Sunday … 7 = Saturday. */
    static int mysqlDayOfWeek(DayOfWeek day) {
        return day.getValue() % 7 + 1;
    }

    private static Booking map(ResultSet rs, int row) throws SQLException {
        int step = rs.getInt("guide_step");
        Integer guideStep = rs.wasNull() ? null : step;
        long volunteer = rs.getLong("volunteer_id");
        Long volunteerId = rs.wasNull() ? null : volunteer;
        return new Booking(rs.getLong("id"), rs.getString("code"), rs.getLong("village_id"),
                BookingKind.valueOf(rs.getString("kind")), rs.getObject("service_date", LocalDate.class),
                rs.getObject("slot_starts_at", LocalTime.class), rs.getObject("slot_ends_at", LocalTime.class),
                rs.getInt("ticket_number"), Topic.fromSlug(rs.getString("topic")).orElse(Topic.KHAC), rs.getString("guide_id"), guideStep,
                rs.getString("resident_name"), rs.getString("phone"), Channel.valueOf(rs.getString("channel")),
                BookingState.valueOf(rs.getString("state")), rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("checked_in_at", LocalDateTime.class), rs.getObject("called_at", LocalDateTime.class),
                rs.getObject("started_at", LocalDateTime.class), rs.getObject("finished_at", LocalDateTime.class),
                volunteerId);
    }
}
