package vn.tramso.booking;

import static vn.tramso.booking.BookingRefusedException.Reason.ALREADY_OVER;
import static vn.tramso.booking.BookingRefusedException.Reason.CANCELLED;
import static vn.tramso.booking.BookingRefusedException.Reason.NOBODY_WAITING;
import static vn.tramso.booking.BookingRefusedException.Reason.NOT_TODAY;
import static vn.tramso.booking.BookingRefusedException.Reason.UNKNOWN_CODE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tramso.place.PlaceService;
import vn.tramso.place.Village;

/**
 * Today's queue at a cultural house: appointments and walk-ins in one order, worked by the
 * volunteers on duty. Every change is a guarded update, so two volunteers tapping at once
 * never call the same resident.
 */
@Service
public class QueueService {

    private final BookingStore store;
    private final PlaceService places;
    private final DutySchedule schedule;
    private final Reminders reminders;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QueueService(BookingStore store, PlaceService places, DutySchedule schedule, Reminders reminders, TransactionTemplate tx,
                 ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.places = places;
        this.schedule = schedule;
        this.reminders = reminders;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    public Queue today(long villageId) {
        return new Queue(store.ofDay(villageId, today()));
    }

    /** Appointments booked for the coming days, for the volunteers to plan. */
    public List<Booking> comingDays(long villageId) {
        return store.bookedAfter(villageId, today());
    }

    /**
     * Checks a resident in by their ticket's code (typed or scanned): an appointment joins the
     * queue. A walk-in is already in it and is simply found.
     */
    public Booking checkIn(long villageId, String codeInput) {
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
                store.transition(b.id(), List.of(BookingState.BOOKED), BookingState.WAITING, "checked_in_at", now(), null);
                events.publishEvent(new QueueChanged(villageId));
            }
            return store.byId(b.id()).orElseThrow();
        });
    }

    /** Calls the first resident waiting; two volunteers calling at once get two different residents. */
    public Booking callNext(long villageId, long volunteerId) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<Booking> next = today(villageId).waiting().stream().findFirst();
            if (next.isEmpty()) {
                throw new BookingRefusedException(NOBODY_WAITING);
            }
            if (store.transition(next.get().id(), List.of(BookingState.WAITING), BookingState.CALLED, "called_at", now(), volunteerId)) {
                events.publishEvent(new QueueChanged(villageId));
                return store.byId(next.get().id()).orElseThrow();
            }
        }
        throw new BookingRefusedException(NOBODY_WAITING);
    }

    public Booking call(long villageId, long bookingId, long volunteerId) {
        return change(villageId, bookingId, List.of(BookingState.WAITING), BookingState.CALLED, "called_at", volunteerId);
    }

    public Booking start(long villageId, long bookingId, long volunteerId) {
        return change(villageId, bookingId, List.of(BookingState.WAITING, BookingState.CALLED), BookingState.IN_HELP,
                "started_at", volunteerId);
    }

    public Booking finish(long villageId, long bookingId, long volunteerId) {
        return change(villageId, bookingId, List.of(BookingState.IN_HELP), BookingState.DONE, "finished_at", volunteerId);
    }

    public Booking noShow(long villageId, long bookingId) {
        return change(villageId, bookingId, List.of(BookingState.BOOKED, BookingState.WAITING, BookingState.CALLED),
                BookingState.NO_SHOW, null, null);
    }

    private Booking change(long villageId, long bookingId, List<BookingState> from, BookingState to, String stamp,
                           Long volunteerId) {
        Booking b = store.byId(bookingId).filter(x -> x.villageId() == villageId)
                .orElseThrow(() -> new BookingRefusedException(UNKNOWN_CODE));
        if (!store.transition(b.id(), from, to, stamp, now(), volunteerId)) {
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
            int ahead = today(b.villageId()).ahead(b);
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
