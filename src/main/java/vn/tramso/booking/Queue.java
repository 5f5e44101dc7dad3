package vn.tramso.booking;

import java.util.Comparator;
import java.util.List;

/**
 * One day's bookings at a cultural house, in queue order: whoever is due first (a walk-in from
 * arrival, an appointment from its slot's start or a late arrival), then by ticket number.
 */
public record Queue(List<Booking> bookings) {

    static final Comparator<Booking> ORDER = Comparator.comparing(Booking::dueAt).thenComparingInt(Booking::ticketNumber);

    public Queue {
        bookings = bookings.stream().sorted(ORDER).toList();
    }

    public List<Booking> waiting() {
        return in(BookingState.WAITING);
    }

    public List<Booking> called() {
        return in(BookingState.CALLED);
    }

    public List<Booking> inHelp() {
        return in(BookingState.IN_HELP);
    }

    /** Appointments of the day whose resident has not arrived yet. */
    public List<Booking> expected() {
        return in(BookingState.BOOKED);
    }

    public List<Booking> over() {
        return bookings.stream().filter(b -> b.state().isOver()).toList();
    }

    /** How many residents wait before this one. */
    public int ahead(Booking booking) {
        List<Booking> waiting = waiting();
        int at = waiting.stream().map(Booking::id).toList().indexOf(booking.id());
        return at < 0 ? 0 : at;
    }

    private List<Booking> in(BookingState state) {
        return bookings.stream().filter(b -> b.state() == state).toList();
    }
}
