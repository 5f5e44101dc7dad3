package vn.tramso.booking.ui;

import java.util.UUID;
import vn.tramso.base.Topic;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Requester;
import vn.tramso.booking.Resident;
import vn.tramso.booking.Slot;

/**
 * What a resident has chosen so far while booking, held by the screen only (never in the URL or
 * the browser): the idle reset or leaving the screen drops it. The idempotency key stays the same
 * for the whole draft, so a double tap on "Confirm" books once.
 */
final class BookingDraft {

    final String idempotencyKey = "kiosk-" + UUID.randomUUID();
    Topic topic;
    String guideId;
    Integer guideStep;
    /** {@code null} for a walk-in. */
    Slot slot;
    String name = "";
    String phone = "";

    /** Booking help from a guide's step: its topic preset, the guide and the step kept with the booking. */
    void fromStep(KioskBooking.GuideStep from) {
        guideId = from.guide().id();
        topic = from.guide().topic();
        guideStep = from.step();
    }

    /** The booking asked for at the kiosk, once the resident confirms. */
    BookingRequest request(String villageCode, long kioskDevice) {
        Resident resident = walkIn() ? Resident.withoutPhone(name) : new Resident(name, phone);
        return new BookingRequest(villageCode, walkIn() ? null : slot.ref(), topic, guideId, guideStep, resident,
                new Requester.Kiosk(kioskDevice), idempotencyKey);
    }

    boolean walkIn() {
        return slot == null;
    }
}
