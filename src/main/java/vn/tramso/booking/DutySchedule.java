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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.VillageId;

/**
 * The duty schedule of each cultural house: weekly slots with a capacity, and closed days. From
 * these come the dated slots residents can book, and whether volunteers are on duty right now.
 */
@Service
public class DutySchedule {

    /** How far ahead residents can book. */
    public static final int BOOKING_DAYS = 14;

    private final DutyStore store;
    private final BookingStore bookings;
    private final DayCounterStore counters;
    private final PlaceScope scope;
    private final Clock clock;

    DutySchedule(DutyStore store, BookingStore bookings, DayCounterStore counters, PlaceScope scope, Clock clock) {
        this.store = store;
        this.bookings = bookings;
        this.counters = counters;
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
        return store.slots(villageId, from, days);
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
        return store.isClosed(villageId, date);
    }

    /**
     * Inside a booking's transaction, after it took its place: whether the day was closed in the
     * meantime. A locking read sees the latest committed closure; {@link #close} waits for the
     * place's row lock, so one of the two always sees the other.
     */
    boolean closedMeanwhile(long villageId, LocalDate date) {
        return store.isClosedLockingRead(villageId, date);
    }

    public List<WeeklySlot> weekly(long villageId) {
        scope.village(new VillageId(villageId));
        return store.weekly(villageId);
    }

    /** Adds a weekly slot; refused if it overlaps another slot of that day or is not a sensible slot. */
    @RetryOnWriteConflict
    @Transactional
    public void addWeekly(long villageId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt, int capacity) {
        scope.village(new VillageId(villageId));
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt) || capacity < 1 || capacity > 50) {
            throw new BookingRefusedException(BAD_SCHEDULE);
        }
        boolean overlaps = weekly(villageId).stream().anyMatch(w -> w.day() == day
                && w.startsAt().isBefore(endsAt) && startsAt.isBefore(w.endsAt()));
        if (overlaps) {
            throw new BookingRefusedException(BAD_SCHEDULE);
        }
        if (!store.addWeekly(villageId, day, startsAt, endsAt, capacity)) {
            throw new BookingRefusedException(BAD_SCHEDULE);
        }
        // A slot that existed before keeps no stale capacity for the coming days.
        counters.forgetUnusedPlaces(villageId, day, startsAt, now().toLocalDate());
    }

    /** Removes a weekly slot; refused while residents hold bookings in it on coming days. */
    @RetryOnWriteConflict
    @Transactional
    public void removeWeekly(long villageId, long slotId) {
        scope.village(new VillageId(villageId));
        WeeklySlot slot = weekly(villageId).stream().filter(w -> w.id() == slotId).findFirst()
                .orElseThrow(() -> new BookingRefusedException(BAD_SCHEDULE));
        if (bookings.openInWeeklySlot(villageId, slot.day(), slot.startsAt(), now().toLocalDate()) > 0) {
            throw new BookingRefusedException(HAS_BOOKINGS);
        }
        store.removeWeekly(villageId, slotId);
    }

    public List<Closure> closures(long villageId) {
        scope.village(new VillageId(villageId));
        return store.closuresFrom(villageId, now().toLocalDate());
    }

    /** Closes a day (a holiday); refused while residents hold bookings that day. */
    @RetryOnWriteConflict
    @Transactional
    public void close(long villageId, LocalDate date, String reason) {
        scope.village(new VillageId(villageId));
        String why = reason == null ? "" : reason.strip();
        if (date == null || date.isBefore(now().toLocalDate()) || why.isEmpty() || why.length() > 160) {
            throw new BookingRefusedException(BAD_CLOSURE);
        }
        // Locks the day's place counters first: a booking holding a place there finishes before this
        // counts, and one starting later sees the closure (see closedMeanwhile).
        int places = counters.lockPlacesTakenOn(villageId, date);
        int open = bookings.openOn(villageId, date);
        if (places > 0 || open > 0) {
            throw new BookingRefusedException(HAS_BOOKINGS);
        }
        if (!store.close(villageId, date, why)) {
            throw new BookingRefusedException(CLOSED);
        }
    }

    @RetryOnWriteConflict
    public void reopen(long villageId, long closureId) {
        scope.village(new VillageId(villageId));
        store.reopen(villageId, closureId);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
