package vn.tramso.booking;

import static vn.tramso.booking.BookingRefusedException.Reason.TOO_MANY_TRIES;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds a booking by the code a resident types or scans at the kiosk, where nobody signs in and
 * whoever holds a code may cancel or move that booking. A code is 8 random digits, so codes must
 * not be tried by the thousand: after {@value #MAX_MISSES} unknown codes from one network address,
 * or {@value #MAX_VILLAGE_MISSES} at one village's kiosks from any addresses, within
 * {@link #WINDOW}, that address (or village) finds nothing until its oldest miss is that old. A
 * resident who mistypes a few times never meets the limit; a script gets one try a minute, and
 * with the few dozen open bookings a village holds among 100 million codes it would need decades
 * to hit one. The misses are rows in the database (when and where, never the code), so several
 * app nodes and restarts share the count; they are forgotten after a day.
 */
@Component
public class CodeGuesses {

    static final int MAX_MISSES = 10;
    static final int MAX_VILLAGE_MISSES = 30;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration KEPT = Duration.ofDays(1);

    private final Bookings bookings;
    private final CodeGuessStore store;
    private final Clock clock;

    CodeGuesses(Bookings bookings, CodeGuessStore store, Clock clock) {
        this.bookings = bookings;
        this.store = store;
        this.clock = clock;
    }

    /**
     * The booking of this village with the code in {@code input}, typed or scanned.
     *
     * @param client the network address asking
     * @throws BookingRefusedException {@code TOO_MANY_TRIES} while that address or village is held back
     */
    public Optional<Booking> find(String client, long villageId, String input) {
        String address = client == null ? "" : client.length() > 45 ? client.substring(0, 45) : client;
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime since = now.minus(WINDOW);
        if (store.missesFromAddress(address, since, now) >= MAX_MISSES
                || store.missesAtVillage(villageId, since, now) >= MAX_VILLAGE_MISSES) {
            throw new BookingRefusedException(TOO_MANY_TRIES);
        }
        Optional<Booking> found = bookings.find(input).filter(b -> b.villageId() == villageId);
        if (found.isEmpty() && BookingCodes.read(input).isPresent()) {
            store.addMiss(now, address, villageId);
        }
        return found;
    }

    /** Forgets misses older than {@link #KEPT}; run with the nightly purge. */
    int forgetOld() {
        return store.forgetBefore(LocalDateTime.now(clock).minus(KEPT));
    }
}
