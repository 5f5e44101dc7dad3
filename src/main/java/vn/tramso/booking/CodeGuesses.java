package vn.tramso.booking;

import static vn.tramso.booking.BookingRefusedException.Reason.TOO_MANY_TRIES;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Finds a booking by the code a resident types or scans at the kiosk, where nobody signs in and
 * whoever holds a code may cancel or move that booking. A code is 8 random digits, so codes must
 * not be tried by the thousand: after {@value #MAX_MISSES} unknown codes from one network address
 * within {@link #WINDOW}, that address finds nothing until its oldest miss is that old. A resident
 * who mistypes a few times never meets the limit; a script gets one try a minute, and with the few
 * dozen open bookings a village holds among 100 million codes it would need decades to hit one.
 * The count is kept in memory: a restart forgets it, which costs a guesser only minutes.
 */
@Component
public class CodeGuesses {

    static final int MAX_MISSES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final BookingService bookings;
    private final Clock clock;
    private final Map<String, Deque<Instant>> misses = new ConcurrentHashMap<>();

    CodeGuesses(BookingService bookings, Clock clock) {
        this.bookings = bookings;
        this.clock = clock;
    }

    /**
     * The booking of this village with the code in {@code input}, typed or scanned.
     *
     * @param client the network address asking
     * @throws BookingRefusedException {@code TOO_MANY_TRIES} while that address is held back
     */
    public Optional<Booking> find(String client, long villageId, String input) {
        String key = client == null ? "" : client;
        if (recentMisses(key) >= MAX_MISSES) {
            throw new BookingRefusedException(TOO_MANY_TRIES);
        }
        Optional<Booking> found = bookings.find(input).filter(b -> b.villageId() == villageId);
        if (found.isEmpty() && BookingCodes.read(input).isPresent()) {
            misses.compute(key, (k, times) -> {
                Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
                kept.addLast(clock.instant());
                return kept;
            });
        }
        return found;
    }

    /** Misses of the last {@link #WINDOW}; older ones are forgotten, and so is an address without any. */
    private int recentMisses(String key) {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        int[] count = {0};
        misses.computeIfPresent(key, (k, times) -> {
            times.removeIf(t -> !t.isAfter(since) || t.isAfter(now));
            count[0] = times.size();
            return times.isEmpty() ? null : times;
        });
        return count[0];
    }
}
