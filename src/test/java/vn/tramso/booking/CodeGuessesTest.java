package vn.tramso.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.tramso.booking.BookingCapacityTest.request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.booking.BookingRefusedException.Reason;
import vn.tramso.place.Village;

/** Booking codes cannot be tried by the thousand at the kiosk, and a resident who mistypes is not stopped. */
@IntegrationTest
@WithUserDetails("admin")
class CodeGuessesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 16, 8, 0);

    @Autowired
    CodeGuesses codes;
    @Autowired
    Bookings bookings;
    @Autowired
    TestVillages villages;
    @Autowired
    JdbcClient jdbc;

    Village village;
    Booking booking;

    @BeforeEach
    void oneBooking() {
        village = villages.create("GUESS-" + System.nanoTime() % 1_000_000, 3);
        TestDatabase.CLOCK.set(NOW);
        booking = bookings.book(request(village, new SlotRef(LocalDate.of(2026, 12, 17), LocalTime.of(9, 0)), "guess-" + village.code(), villages.desk()));
    }

    @Test
    void a_resident_who_mistypes_a_few_times_still_finds_the_booking() {
        assertThat(codes.find("10.0.0.1", village.id(), wrong(1))).isEmpty();
        assertThat(codes.find("10.0.0.1", village.id(), wrong(2))).isEmpty();
        assertThat(codes.find("10.0.0.1", village.id(), booking.code())).get().extracting(Booking::id).isEqualTo(booking.id());
    }

    @Test
    void after_ten_unknown_codes_the_address_finds_nothing_until_the_oldest_miss_is_ten_minutes_old() {
        for (int i = 0; i < CodeGuesses.MAX_MISSES; i++) {
            TestDatabase.CLOCK.set(NOW.plusSeconds(i));
            assertThat(codes.find("10.0.0.2", village.id(), wrong(i))).isEmpty();
        }
        BookingRefusedException refused = catchThrowableOfType(BookingRefusedException.class,
                () -> codes.find("10.0.0.2", village.id(), booking.code()));
        assertThat(refused.reason()).as("even the right code").isEqualTo(Reason.TOO_MANY_TRIES);
        assertThat(codes.find("10.0.0.3", village.id(), booking.code())).as("another kiosk").isPresent();

        TestDatabase.CLOCK.set(NOW.plusMinutes(10).minusSeconds(1));
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> codes.find("10.0.0.2", village.id(), wrong(99))))
                .isNotNull();
        TestDatabase.CLOCK.set(NOW.plusMinutes(10));
        assertThat(codes.find("10.0.0.2", village.id(), booking.code())).as("the first miss is 10 minutes old").isPresent();
        assertThat(codes.find("10.0.0.2", village.id(), wrong(100))).isEmpty();
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> codes.find("10.0.0.2", village.id(), booking.code())))
                .as("one try freed, one used").isNotNull();
    }

    @Test
    void a_code_of_another_village_counts_as_unknown_and_what_is_not_a_code_does_not_count() {
        Village other = villages.create("GUESS-OTHER-" + System.nanoTime() % 1_000_000, 3);
        assertThat(codes.find("10.0.0.4", other.id(), booking.code())).isEmpty();
        for (int i = 0; i < 2 * CodeGuesses.MAX_MISSES; i++) {
            assertThat(codes.find("10.0.0.4", village.id(), "001088012345|Nguyễn Văn A|01011950|Nam|Hưng Yên|01012021")).isEmpty();
        }
        assertThat(codes.find("10.0.0.4", village.id(), booking.code())).isPresent();
        for (int i = 1; i < CodeGuesses.MAX_MISSES; i++) {
            codes.find("10.0.0.4", village.id(), wrong(i));
        }
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> codes.find("10.0.0.4", village.id(), booking.code())))
                .as("9 wrong codes and the other village's").isNotNull();
    }

    @Test
    void another_app_node_or_a_restart_shares_the_count() {
        for (int i = 0; i < CodeGuesses.MAX_MISSES; i++) {
            assertThat(codes.find("10.0.0.5", village.id(), wrong(i))).isEmpty();
        }
        CodeGuesses otherNode = new CodeGuesses(bookings, new CodeGuessStore(jdbc), TestDatabase.CLOCK);
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> otherNode.find("10.0.0.5", village.id(), booking.code())))
                .isNotNull();
    }

    @Test
    void thirty_unknown_codes_at_one_village_from_any_addresses_hold_the_village_back() {
        for (int i = 0; i < CodeGuesses.MAX_VILLAGE_MISSES; i++) {
            assertThat(codes.find("10.1." + i / 5 + ".1", village.id(), wrong(i))).isEmpty(); // 5 misses from each of 6 addresses
        }
        assertThat(catchThrowableOfType(BookingRefusedException.class, () -> codes.find("10.1.99.1", village.id(), booking.code())))
                .as("a fresh address at the same village").isNotNull();
        Village other = villages.create("GUESS-NEXT-" + System.nanoTime() % 1_000_000, 3);
        assertThat(codes.find("10.1.99.1", other.id(), wrong(1))).as("another village is not held back").isEmpty();
    }

    /** A well-formed code that no booking holds (codes are random; these are not the one booked). */
    private String wrong(int i) {
        String code = "%08d".formatted(i);
        return code.equals(booking.code()) ? "%08d".formatted(i + 1_000) : code;
    }
}
