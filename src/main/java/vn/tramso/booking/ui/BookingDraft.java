package vn.tramso.booking.ui;

import java.util.UUID;
import vn.tramso.base.Topic;
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

    boolean walkIn() {
        return slot == null;
    }
}
