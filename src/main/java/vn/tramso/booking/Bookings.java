package vn.tramso.booking;

import static vn.tramso.booking.BookingRefusedException.Reason.ALREADY_OVER;
import static vn.tramso.booking.BookingRefusedException.Reason.BAD_PHONE;
import static vn.tramso.booking.BookingRefusedException.Reason.BAD_TOPIC;
import static vn.tramso.booking.BookingRefusedException.Reason.CANCELLED;
import static vn.tramso.booking.BookingRefusedException.Reason.CLOSED;
import static vn.tramso.booking.BookingRefusedException.Reason.NOT_ON_DUTY;
import static vn.tramso.booking.BookingRefusedException.Reason.SLOT_FULL;
import static vn.tramso.booking.BookingRefusedException.Reason.SLOT_UNKNOWN;
import static vn.tramso.booking.BookingRefusedException.Reason.UNKNOWN_CODE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * Books help: appointments in a slot of the duty schedule, never more than its capacity, and
 * walk-ins joining today's queue while volunteers are on duty. Also cancels and moves bookings
 * by their code. Every refusal writes nothing. A booking, cancel or move that lost a write conflict runs again
 * ({@link RetryOnWriteConflict}): a retried booking finds what its idempotency key already booked.
 */
@Service
public class Bookings {

    private final BookingStore store;
    private final DayCounterStore counters;
    private final Places places;
    private final BookingLimits limits;
    private final DutySchedule schedule;
    private final Reminders reminders;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BookingMetrics metrics;

    Bookings(BookingStore store, DayCounterStore counters, Places places, BookingLimits limits, DutySchedule schedule,
                   Reminders reminders, TransactionTemplate tx, ApplicationEventPublisher events, Clock clock, BookingMetrics metrics) {
        this.store = store;
        this.counters = counters;
        this.places = places;
        this.limits = limits;
        this.schedule = schedule;
        this.reminders = reminders;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Books, or returns the booking an earlier call with the same idempotency key made.
     *
     * @throws BookingRefusedException when the slot is full, passed, unknown or closed, nobody is on duty for a
     *                                 walk-in, the kiosk is not enrolled here, or a kiosk quota is used up
     */
    @RetryOnWriteConflict
    public Booking book(BookingRequest request) {
        try {
            return bookOnce(request);
        } catch (BookingRefusedException refused) {
            metrics.refused(refused.reason());
            throw refused;
        }
    }

    private Booking bookOnce(BookingRequest request) {
        Optional<Booking> earlier = store.byIdempotencyKey(request.idempotencyKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (request.topic() == null || !request.topic().isArea()) {
            throw new BookingRefusedException(BAD_TOPIC);
        }
        if (request.kind() == BookingKind.APPOINTMENT && request.resident().phone() == null) {
            throw new BookingRefusedException(BAD_PHONE); // the reminder needs it
        }
        Village village = places.village(request.villageCode()).orElseThrow(() -> new BookingRefusedException(SLOT_UNKNOWN));
        BookingLimits.Checked by = limits.checkRequester(request, village);
        Slot slot;
        if (request.slot() != null) {
            slot = schedule.bookable(village.id(), request.slot());
            counters.openSlot(slot);
        } else {
            slot = schedule.current(village.id()).orElseThrow(() -> schedule.refusal(NOT_ON_DUTY, village.id()));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Booking made = tx.execute(status -> insert(request, village, slot, by));
                metrics.made();
                return made;
            } catch (DuplicateKeyException e) {
                earlier = store.byIdempotencyKey(request.idempotencyKey());
                if (earlier.isPresent()) {
                    return earlier.get(); // the same request won a moment earlier
                }
                if (attempt == 3) {
                    throw e; // three random codes taken in a row: not a collision
                }
            }
        }
    }

    private Booking insert(BookingRequest request, Village village, Slot slot, BookingLimits.Checked by) {
        LocalDateTime now = now();
        boolean appointment = request.kind() == BookingKind.APPOINTMENT;
        limits.take(by.kiosk(), request.resident());
        claim(village.id(), slot, appointment);
        int ticket = counters.nextTicket(village.id(), slot.date());
        Resident resident = request.resident();
        Booking draft = new Booking(0, BookingCodes.next(), village.id(), request.kind(), slot.date(),
                appointment ? slot.startsAt() : null, appointment ? slot.endsAt() : null, ticket, request.topic(),
                request.guideId(), request.guideStep(), resident.name(), resident.phone(), request.channel(),
                appointment ? BookingState.BOOKED : BookingState.WAITING, now, appointment ? null : now,
                null, null, null, null);
        long id = store.insert(draft, request.idempotencyKey(), by.staffId());
        Booking booking = store.byId(id).orElseThrow();
        if (appointment) {
            reminders.booked(booking, village);
        }
        events.publishEvent(new QueueChanged(village.id()));
        return booking;
    }

    public Optional<Booking> find(String codeInput) {
        return BookingCodes.read(codeInput).flatMap(store::byCode);
    }

    /** Cancels a booking not yet called; frees its place. */
    @RetryOnWriteConflict
    public Booking cancel(String codeInput) {
        String code = BookingCodes.read(codeInput).orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
        return tx.execute(status -> {
            Booking booking = openBooking(code);
            store.transition(booking.id(), BookingState.OPEN, BookingState.CANCELLED, now(), null);
            if (booking.kind() == BookingKind.APPOINTMENT) {
                counters.releasePlace(booking.villageId(), booking.serviceDate(), booking.slotStartsAt());
            }
            reminders.cancelled(booking);
            events.publishEvent(new QueueChanged(booking.villageId()));
            return store.byId(booking.id()).orElseThrow();
        });
    }

    /** Moves an appointment to another slot of the same cultural house; nothing changes if that slot is full. */
    @RetryOnWriteConflict
    public Booking move(String codeInput, SlotRef to) {
        String code = BookingCodes.read(codeInput).orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
        Booking current = store.byCode(code).orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
        Slot slot = schedule.bookable(current.villageId(), to);
        counters.openSlot(slot);
        return tx.execute(status -> {
            Booking booking = openBooking(code);
            if (booking.kind() != BookingKind.APPOINTMENT || booking.state() != BookingState.BOOKED) {
                throw new BookingRefusedException(ALREADY_OVER);
            }
            if (slot.ref().equals(new SlotRef(booking.serviceDate(), booking.slotStartsAt()))) {
                return booking;
            }
            claim(booking.villageId(), slot, true);
            counters.releasePlace(booking.villageId(), booking.serviceDate(), booking.slotStartsAt());
            int ticket = slot.date().equals(booking.serviceDate()) ? booking.ticketNumber()
                    : counters.nextTicket(booking.villageId(), slot.date());
            store.moveTo(booking.id(), slot, ticket);
            Booking moved = store.byId(booking.id()).orElseThrow();
            reminders.moved(booking, moved, places.village(moved.villageId()).orElseThrow());
            events.publishEvent(new QueueChanged(booking.villageId()));
            return moved;
        });
    }

    /**
     * Inside a booking's transaction: takes a place in the slot when the booking needs one (an
     * appointment does), then makes sure the day was not closed meanwhile.
     */
    private void claim(long villageId, Slot slot, boolean takesPlace) {
        if (takesPlace && !counters.takePlace(villageId, slot.date(), slot.startsAt())) {
            throw schedule.refusal(SLOT_FULL, villageId);
        }
        if (schedule.closedMeanwhile(villageId, slot.date())) {
            throw schedule.refusal(CLOSED, villageId);
        }
    }

    private Booking openBooking(String code) {
        Booking booking = store.byCodeForUpdate(code).orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
        if (booking.state() == BookingState.CANCELLED) {
            throw new BookingRefusedException(CANCELLED);
        }
        if (!BookingState.OPEN.contains(booking.state())) {
            throw new BookingRefusedException(ALREADY_OVER);
        }
        return booking;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
