package vn.tramso.booking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tramso.base.Formats;
import vn.tramso.notification.Message;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.Outbox;
import vn.tramso.notification.SmsText;
import vn.tramso.place.Village;

/**
 * The messages an appointment sends: a confirmation at once and a reminder at 18:00 the day
 * before (when that is still ahead). Texts are Vietnamese without diacritics, as SMS brandname
 * gateways send them. Cancelling stops what has not gone yet; moving sends a new confirmation.
 * The outbox is called in the booking's transaction: its row is the durable, later part
 * (docs/decisions/011-calls-and-events-between-features.md).
 */
@Component
class Reminders {

    static final LocalTime REMINDER_TIME = LocalTime.of(18, 0);

    private final Outbox outbox;
    private final Clock clock;

    Reminders(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return whether the messages were queued (not when the commune's daily budget is spent) */
    boolean booked(Booking b, Village village) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        String when = Formats.TIME.format(b.slotStartsAt()) + " ngay " + Formats.DAY_MONTH.format(b.serviceDate());
        String time = Formats.TIME.format(b.slotStartsAt());
        String date = Formats.DAY_MONTH.format(b.serviceDate());
        String place = village.culturalHouse(); // Zalo shows diacritics; only the SMS text goes without
        boolean queued = outbox.enqueue(b.id(), key(b, "CONFIRM"), new Message(MessageKind.BOOKING_CONFIRMED, b.phone(), SmsText.withoutDiacritics(
                "Tram So: Da hen ho tro luc " + when + " tai " + village.culturalHouse() + ". So phieu " + b.ticketNumber()
                        + ", ma " + b.displayCode() + ". Huy/doi hen: nhap ma tai kiosk."),
                Map.of("time", time, "date", date, "place", place, "ticket", String.valueOf(b.ticketNumber()), "code", b.displayCode())),
                now, village.id(), village.communeId());
        LocalDateTime remindAt = b.serviceDate().minusDays(1).atTime(REMINDER_TIME);
        if (queued && remindAt.isAfter(now)) {
            queued = outbox.enqueue(b.id(), key(b, "REMIND"), new Message(MessageKind.BOOKING_REMINDER, b.phone(), SmsText.withoutDiacritics(
                    "Tram So: Nhac hen ho tro ngay mai luc " + when + " tai " + village.culturalHouse() + ". Ma "
                            + b.displayCode() + ". Nho mang dien thoai va the CCCD."),
                    Map.of("time", time, "date", date, "place", place, "code", b.displayCode())), remindAt, village.id(), village.communeId());
        }
        return queued;
    }

    /** Whether an appointment's messages are queued or sent: not when its commune's budget was spent. */
    boolean queuedFor(Booking b) {
        return outbox.hasMessages(b.id());
    }

    void moved(Booking before, Booking after, Village village) {
        outbox.cancelPending(before.id());
        booked(after, village);
    }

    void cancelled(Booking b) {
        outbox.cancelPending(b.id());
    }

    /** One message per booking, kind and slot: a retried booking does not send twice. */
    private static String key(Booking b, String kind) {
        return "booking:" + b.id() + ":" + kind + ":" + b.serviceDate() + "T" + b.slotStartsAt();
    }
}
