package vn.tramso.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import vn.tramso.place.Village;

/**
 * Fires many booking attempts at one slot at the same moment, each a different resident with its
 * own idempotency key. Used by the capacity test and by the capacity benchmark.
 */
public final class CapacityRace {

    /** One attempt: the booking made, or why it was refused; and how long it took. */
    public record Outcome(Booking booking, BookingRefusedException refusal, long nanos) {
        public boolean booked() {
            return booking != null;
        }
    }

    private CapacityRace() {
    }

    public static List<Outcome> run(Bookings bookings, Requester requester, Village village, SlotRef slot,
                                    int attempts) throws Exception {
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(Math.min(attempts, 32)));
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String key = "race-" + UUID.randomUUID();
                Callable<Outcome> attempt = () -> {
                    go.await();
                    long start = System.nanoTime();
                    try {
                        Booking booking = bookings.book(BookingCapacityTest.request(village, slot, key, requester));
                        return new Outcome(booking, null, System.nanoTime() - start);
                    } catch (BookingRefusedException e) {
                        return new Outcome(null, e, System.nanoTime() - start);
                    }
                };
                futures.add(pool.submit(attempt));
            }
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
