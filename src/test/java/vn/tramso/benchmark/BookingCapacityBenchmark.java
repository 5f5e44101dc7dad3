package vn.tramso.benchmark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.CapacityRace;
import vn.tramso.booking.SlotRef;
import vn.tramso.booking.TestVillages;
import vn.tramso.place.Village;

/**
 * Overbooking under concurrency, for docs/benchmarks.md: 50 rounds of 100 simultaneous booking
 * attempts at a slot of capacity 3, each round on a fresh village. Prints the overbookings found
 * by the service's answers and by counting rows in the database, and the attempts' latencies.
 */
@Tag("benchmark")
@IntegrationTest
class BookingCapacityBenchmark {

    static final int ROUNDS = 50;
    static final int ATTEMPTS = 100;
    static final int CAPACITY = 3;

    @Autowired
    Bookings bookings;
    @Autowired
    TestVillages villages;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_rounds_of_a_hundred_concurrent_bookings_at_a_slot_of_three() throws Exception {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 23, 7, 0));
        SlotRef slot = new SlotRef(LocalDate.of(2026, 11, 23), LocalTime.of(9, 0));
        int overbookedRounds = 0;
        int overbookings = 0;
        int rowOverbookings = 0;
        int refusedWithoutNextSlot = 0;
        int otherRefusals = 0;
        List<Long> micros = new ArrayList<>();
        long started = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            Village village = villages.create("BENCH-CAP-" + round, CAPACITY);
            List<CapacityRace.Outcome> outcomes = CapacityRace.run(bookings, villages.desk(), village, slot, ATTEMPTS);
            long booked = outcomes.stream().filter(CapacityRace.Outcome::booked).count();
            int rows = jdbc.sql("SELECT COUNT(*) FROM booking WHERE village_id = :v AND state <> 'CANCELLED'")
                    .param("v", village.id()).query(Integer.class).single();
            overbookings += (int) Math.max(0, booked - CAPACITY);
            rowOverbookings += Math.max(0, rows - CAPACITY);
            overbookedRounds += booked > CAPACITY || rows > CAPACITY ? 1 : 0;
            for (CapacityRace.Outcome o : outcomes) {
                micros.add(o.nanos() / 1_000);
                if (!o.booked()) {
                    if (o.refusal().reason() != BookingRefusedException.Reason.SLOT_FULL) {
                        otherRefusals++;
                    } else if (o.refusal().nextFree().isEmpty()) {
                        refusedWithoutNextSlot++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Collections.sort(micros);
        System.out.printf("""

                BENCHMARK booking capacity: %d rounds x %d concurrent attempts at a slot of capacity %d (%.1f s)
                  overbookings (successful answers beyond capacity): %d
                  overbookings (booking rows beyond capacity):       %d
                  rounds with any overbooking:                       %d
                  refusals not SLOT_FULL:                            %d
                  SLOT_FULL refusals without a next free slot:       %d
                  attempt latency p50 %.1f ms, p95 %.1f ms, max %.1f ms
                %n""", ROUNDS, ATTEMPTS, CAPACITY, seconds, overbookings, rowOverbookings, overbookedRounds, otherRefusals,
                refusedWithoutNextSlot, micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) (micros.size() * 0.95)) / 1000.0, micros.getLast() / 1000.0);
    }
}
