package vn.tramso.booking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tramso.booking.BookingRefusedException.Reason;

/**
 * {@code tramso.bookings}: bookings made ({@code outcome=made, reason=none}) and refused
 * ({@code outcome=refused}, {@code reason} the refusal's, e.g. {@code slot_full}), counted by
 * {@link Bookings#book} after the booking committed or the refusal was thrown. A repeated
 * request (same idempotency key) is not counted again.
 */
@Component
class BookingMetrics {

    static final String BOOKINGS = "tramso.bookings";

    private final Counter made;
    private final MeterRegistry registry;

    BookingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.made = counter("made", "none");
    }

    void made() {
        made.increment();
    }

    void refused(Reason reason) {
        counter("refused", reason.name().toLowerCase(Locale.ROOT)).increment();
    }

    private Counter counter(String outcome, String reason) {
        return Counter.builder(BOOKINGS).description("Bookings made, and bookings refused by reason")
                .tag("outcome", outcome).tag("reason", reason).register(registry);
    }
}
