package vn.tramso.notification;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * No message reaches a resident's phone between 21:00 and 07:00 (the app's clock, in
 * {@code tramso.zone}), except what the resident asked for right then: the confirmation of a booking
 * they have just made, at the kiosk or with a volunteer beside them, and the note confirming a consent
 * to alerts they have just given, while it is at most
 * {@link #ASKED_RIGHT_THEN} old. Everything else due in those hours waits until 07:00 in the outbox
 * ({@link OutboxSending#holdForQuietHours()}): its due time moves, its attempts do not change, so it is
 * neither dropped nor given more retries. Decision 009, "Quiet hours".
 */
final class QuietHours {

    static final LocalTime START = LocalTime.of(21, 0);
    static final LocalTime END = LocalTime.of(7, 0);
    /** How long after it was written a booking confirmation still counts as asked for right then. */
    static final Duration ASKED_RIGHT_THEN = Duration.ofMinutes(15);

    private QuietHours() {
    }

    static boolean quiet(LocalDateTime at) {
        LocalTime time = at.toLocalTime();
        return !time.isBefore(START) || time.isBefore(END);
    }

    /** The first 07:00 at or after {@code at}. */
    static LocalDateTime end(LocalDateTime at) {
        LocalDateTime today = at.toLocalDate().atTime(END);
        return at.isAfter(today) ? today.plusDays(1) : today;
    }

    /** The kinds that go at night when they were written at most {@link #ASKED_RIGHT_THEN} ago. */
    static boolean askedRightThen(MessageKind kind) {
        return kind == MessageKind.BOOKING_CONFIRMED || kind == MessageKind.ALERTS_JOINED;
    }
}
