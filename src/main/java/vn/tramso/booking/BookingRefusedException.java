package vn.tramso.booking;

import java.util.Optional;
import vn.tramso.base.Refusal;
import vn.tramso.base.RefusedException;

/**
 * A booking action refused for a reason the resident or volunteer can act on. Nothing was
 * written. Each reason has a message ({@code booking.refused.<reason>}); a full or past slot
 * carries the next free slot to offer instead.
 */
public class BookingRefusedException extends RefusedException {

    public enum Reason implements Refusal {
        SLOT_FULL, SLOT_PASSED, SLOT_UNKNOWN, CLOSED, NOT_ON_DUTY, UNKNOWN_CODE, CANCELLED, ALREADY_OVER,
        NOT_TODAY, BAD_NAME, BAD_PHONE, BAD_TOPIC, NOBODY_WAITING, HAS_BOOKINGS, BAD_SCHEDULE, BAD_CLOSURE,
        TOO_MANY_TRIES, NOT_REGISTERED, KIOSK_BUSY, PHONE_LIMIT;

        @Override
        public String messageKey() {
            return "booking.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final transient Slot nextFree;

    public BookingRefusedException(Reason reason) {
        this(reason, null);
    }

    public BookingRefusedException(Reason reason, Slot nextFree) {
        super(reason, reason.name() + (nextFree == null ? "" : ", next free " + nextFree.start()));
        this.nextFree = nextFree;
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    public Optional<Slot> nextFree() {
        return Optional.ofNullable(nextFree);
    }
}
