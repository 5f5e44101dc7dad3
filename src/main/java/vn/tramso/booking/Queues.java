package vn.tramso.booking;

import static vn.tramso.booking.BookingRefusedException.Reason.ALREADY_OVER;
import static vn.tramso.booking.BookingRefusedException.Reason.CANCELLED;
import static vn.tramso.booking.BookingRefusedException.Reason.NOBODY_WAITING;
import static vn.tramso.booking.BookingRefusedException.Reason.NOT_REGISTERED;
import static vn.tramso.booking.BookingRefusedException.Reason.NOT_TODAY;
import static vn.tramso.booking.BookingRefusedException.Reason.UNKNOWN_CODE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.KioskDevices;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * Today's queue at a cultural house: appointments and walk-ins in one order, worked by the
 * volunteers on duty. Every change is a guarded update, so two volunteers tapping at once
 * never call the same resident. A change that lost a write conflict runs again ({@link RetryOnWriteConflict}).
 */
@Service
public class Queues {

    private final BookingStore store;
    private final Places places;
    private final PlaceScope scope;
    private final KioskDevices devices;
    private final DutySchedule schedule;
    private final Reminders reminders;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Queues(BookingStore store, Places places, PlaceScope scope, KioskDevices devices, DutySchedule schedule, Reminders reminders, TransactionTemplate tx,
                 ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.places = places;
        this.scope = scope;
        this.devices = devices;
        this.schedule = schedule;
        this.reminders = reminders;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** Today's queue at a cultural house the signed-in staff member works at. */
    public Queue today(long villageId) {
        scope.village(new VillageId(villageId));
        return queueOf(villageId);
    }

    /** How many residents wait now at a cultural house: a number a kiosk may show, no names. */
    public int waitingCount(long villageId) {
        return queueOf(villageId).waiting().size();
    }

    private Queue queueOf(long villageId) {
        return new Queue(store.ofDay(villageId, today()));
    }

    /** Appointments booked for the coming days, for the volunteers to plan. */
    public List<Booking> comingDays(long villageId) {
        scope.village(new VillageId(villageId));
        return store.bookedAfter(villageId, today());
    }

    /**
     * A volunteer checks a resident in by their ticket's code (typed or scanned): an appointment
     * joins the queue. A walk-in is already in it and is simply found.
     */
    @RetryOnWriteConflict
    public Booking checkIn(long villageId, String codeInput) {
        scope.village(new VillageId(villageId));
        return checkInAt(villageId, codeInput);
    }

    /** A resident arriving for today's appointment checks in at the kiosk of the cultural house. */
    @RetryOnWriteConflict
    public Booking checkInAtKiosk(long deviceId, String codeInput) {
        KioskAccess kiosk = devices.access(deviceId).orElseThrow(() -> new BookingRefusedException(NOT_REGISTERED));
        return checkInAt(kiosk.villageId(), codeInput);
    }

    private Booking checkInAt(long villageId, String codeInput) {
        String code = BookingCodes.read(codeInput).orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
        return tx.execute(status -> {
            Booking b = store.byCodeForUpdate(code).filter(x -> x.villageId() == villageId)
                    .orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
            if (b.state() == BookingState.CANCELLED) {
                throw new BookingRefusedException(CANCELLED);
            }
            if (!b.serviceDate().equals(today())) {
                throw new BookingRefusedException(NOT_TODAY);
            }
            if (b.state().isOver()) {
                throw new BookingRefusedException(ALREADY_OVER);
            }
            if (b.state() == BookingState.BOOKED) {
                store.transition(b.id(), Set.of(BookingState.BOOKED), BookingState.WAITING, now(), null);
                events.publishEvent(new QueueChanged(villageId));
            }
            return store.byId(b.id()).orElseThrow();
        });
    }

    /**
     * The signed-in volunteer calls the first resident waiting; two volunteers calling at once get
     * two different residents.
     */
    @RetryOnWriteConflict
    public Booking callNext(long villageId) {
        scope.village(new VillageId(villageId));
        long volunteer = StaffUser.require().id();
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<Booking> next = queueOf(villageId).waiting().stream().findFirst();
            if (next.isEmpty()) {
                throw new BookingRefusedException(NOBODY_WAITING);
            }
            if (store.transition(next.get().id(), Set.of(BookingState.WAITING), BookingState.CALLED, now(), volunteer)) {
                events.publishEvent(new QueueChanged(villageId));
                return store.byId(next.get().id()).orElseThrow();
            }
        }
        throw new BookingRefusedException(NOBODY_WAITING);
    }

    @RetryOnWriteConflict
    public Booking call(long villageId, long bookingId) {
        return change(villageId, bookingId, Set.of(BookingState.WAITING), BookingState.CALLED);
    }

    @RetryOnWriteConflict
    public Booking start(long villageId, long bookingId) {
        return change(villageId, bookingId, Set.of(BookingState.WAITING, BookingState.CALLED), BookingState.IN_HELP);
    }

    /**
     * A help session was recorded for the booking: it is done now. A resident helped straight away
     * (an appointment never checked in) counts too; a booking already finished stays so.
     *
     * @throws BookingRefusedException when the booking was cancelled or its resident did not come
     */
    @RetryOnWriteConflict
    public Booking helped(long bookingId) {
        Booking b = booking(bookingId).orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
        if (b.state() == BookingState.DONE) {
            store.noRecordReason(bookingId, null);
            return b;
        }
        return change(b.villageId(), bookingId, Set.of(BookingState.BOOKED, BookingState.WAITING, BookingState.CALLED,
                BookingState.IN_HELP), BookingState.DONE);
    }

    /** Help is over and there is nothing to record, for the reason given (the resident left, only a question, ...). */
    @RetryOnWriteConflict
    public Booking finishWithoutRecord(long bookingId, NoRecordReason reason) {
        Booking b = booking(bookingId).orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
        return tx.execute(status -> {
            Booking done = change(b.villageId(), bookingId, Set.of(BookingState.WAITING, BookingState.CALLED, BookingState.IN_HELP),
                    BookingState.DONE);
            store.noRecordReason(bookingId, reason);
            return done;
        });
    }

    @RetryOnWriteConflict
    public Booking noShow(long villageId, long bookingId) {
        return change(villageId, bookingId, Set.of(BookingState.BOOKED, BookingState.WAITING, BookingState.CALLED),
                BookingState.NO_SHOW);
    }

    /** A booking of a village the signed-in staff member works at. */
    public Optional<Booking> booking(long bookingId) {
        Optional<Booking> b = store.byId(bookingId);
        b.ifPresent(x -> scope.village(new VillageId(x.villageId())));
        return b;
    }

    private Booking change(long villageId, long bookingId, Set<BookingState> from, BookingState to) {
        scope.village(new VillageId(villageId));
        Long volunteer = to == BookingState.NO_SHOW ? null : StaffUser.require().id();
        Booking b = store.byId(bookingId).filter(x -> x.villageId() == villageId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
        if (!store.transition(b.id(), from, to, now(), volunteer)) {
            throw new BookingRefusedException(b.state() == BookingState.CANCELLED ? CANCELLED : ALREADY_OVER);
        }
        events.publishEvent(new QueueChanged(villageId));
        return store.byId(b.id()).orElseThrow();
    }

    /** What a ticket shows now: for a resident in the queue, the people ahead and the estimated wait. */
    public Optional<TicketStatus> status(String code) {
        return store.byCode(code).map(b -> {
            Village village = places.village(b.villageId()).orElseThrow();
            if (b.state() == BookingState.BOOKED) {
                return new TicketStatus(b, village, 0, 0, reminders.queuedFor(b));
            }
            if (b.state() != BookingState.WAITING || !b.serviceDate().equals(today())) {
                return new TicketStatus(b, village, 0, 0, false);
            }
            int ahead = queueOf(b.villageId()).ahead(b);
            int volunteers = schedule.current(b.villageId()).map(Slot::capacity).orElse(1);
            int minutes = store.averageHelpMinutes(b.villageId(), today()).orElse(WaitEstimate.DEFAULT_MINUTES_PER_RESIDENT);
            return new TicketStatus(b, village, ahead, WaitEstimate.minutes(ahead, volunteers, minutes), false);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
