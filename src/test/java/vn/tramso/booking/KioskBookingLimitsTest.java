package vn.tramso.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.base.Hashes;
import vn.tramso.base.KeyedHash;
import vn.tramso.base.Topic;
import vn.tramso.booking.BookingRefusedException.Reason;
import vn.tramso.notification.Message;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.NotificationSettings;
import vn.tramso.notification.Outbox;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.KioskDevices;
import vn.tramso.place.TestKiosks;
import vn.tramso.place.Village;

/**
 * A script that reaches the server cannot fill the schedule or send SMS to strangers: bookings
 * come only from enrolled kiosks, and each kiosk, phone number and commune has a quota held in
 * the database.
 */
@IntegrationTest
@WithUserDetails("admin")
class KioskBookingLimitsTest {

    static final LocalDateTime MONDAY_0815 = LocalDateTime.of(2027, 1, 4, 8, 15);

    @Autowired
    KeyedHash keyed;
    @Autowired
    Bookings bookings;
    @Autowired
    Queues queue;
    @Autowired
    TestVillages villages;
    @Autowired
    TestKiosks kiosks;
    @Autowired
    KioskDevices devices;
    @Autowired
    BookingSettings settings;
    @Autowired
    Outbox outbox;
    @Autowired
    NotificationSettings notificationSettings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void only_an_enrolled_unrevoked_kiosk_of_the_village_books_there() {
        TestDatabase.CLOCK.set(MONDAY_0815);
        Village village = villages.create("LIM-DEVICE", 5);
        Village other = villages.create("LIM-OTHER", 5);
        KioskAccess own = kiosks.kioskIn(village);
        KioskAccess elsewhere = kiosks.kioskIn(other);

        assertThat(refusal(walkIn(village, new Requester.Kiosk(elsewhere.deviceId()), "a"))).isEqualTo(Reason.NOT_REGISTERED);
        assertThat(refusal(walkIn(village, new Requester.Kiosk(987_654_321L), "b"))).isEqualTo(Reason.NOT_REGISTERED);
        kiosks.asAdmin(() -> {
            devices.revoke(own.deviceId());
            return null;
        });
        assertThat(refusal(walkIn(village, new Requester.Kiosk(own.deviceId()), "c"))).isEqualTo(Reason.NOT_REGISTERED);
        assertThat(bookingsIn(village)).isZero();

        KioskAccess fresh = kiosks.enrol(village.code().toLowerCase()).access();
        assertThat(bookings.book(walkIn(village, new Requester.Kiosk(fresh.deviceId()), "d")).channel()).isEqualTo(Channel.KIOSK);
    }

    @Test
    void fifty_concurrent_bookings_from_one_kiosk_get_exactly_its_hourly_quota_and_the_next_hour_books_again() throws Exception {
        TestDatabase.CLOCK.set(MONDAY_0815);
        Village village = villages.create("LIM-HOUR", 5);
        Requester kiosk = new Requester.Kiosk(kiosks.kioskIn(village).deviceId());

        List<Object> outcomes = race(50, i -> walkIn(village, kiosk, "hour-" + i));

        int quota = settings.kioskBookingsPerHour();
        assertThat(outcomes).filteredOn(Booking.class::isInstance).hasSize(quota);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Booking))
                .hasSize(50 - quota).allSatisfy(o -> assertThat(o).isEqualTo(Reason.KIOSK_BUSY));
        assertThat(bookingsIn(village)).isEqualTo(quota);

        TestDatabase.CLOCK.set(MONDAY_0815.plusHours(1));
        assertThat(bookings.book(walkIn(village, kiosk, "next-hour")).state()).isEqualTo(BookingState.WAITING);
        assertThat(bookings.book(walkIn(village, villages.desk(), "staff-are-not-counted")).state()).isEqualTo(BookingState.WAITING);
    }

    @Test
    void one_phone_number_holds_at_most_its_weekly_appointments_from_kiosks() {
        TestDatabase.CLOCK.set(MONDAY_0815);
        Village village = villages.create("LIM-PHONE", 5);
        Requester kiosk = new Requester.Kiosk(kiosks.kioskIn(village).deviceId());
        int quota = settings.phoneBookingsPerWeek();
        for (int i = 0; i < quota; i++) {
            bookings.book(appointment(village, kiosk, LocalDate.of(2027, 1, 5 + i), "0987000111", "phone-" + i));
        }

        assertThat(refusal(appointment(village, kiosk, LocalDate.of(2027, 1, 9), "0987 000 111", "one-more")))
                .isEqualTo(Reason.PHONE_LIMIT);
        assertThat(bookingsIn(village)).isEqualTo(quota);
        assertThat(bookings.book(appointment(village, kiosk, LocalDate.of(2027, 1, 9), "0987000222", "another-phone")))
                .isNotNull();

        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 1, 11, 7, 0)); // the next Monday
        assertThat(bookings.book(appointment(village, kiosk, LocalDate.of(2027, 1, 12), "0987000111", "next-week"))).isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quota_use WHERE subject LIKE '%0987000111%'").query(Integer.class).single())
                .as("the phone number is counted under its hash").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quota_use WHERE quota = 'phone-bookings' AND subject = :h")
                .param("h", Hashes.sha256("0987000111")).query(Integer.class).single())
                .as("not a plain hash, which anyone reverses by hashing every 10-digit number").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM quota_use WHERE quota = 'phone-bookings' AND subject = :h")
                .param("h", keyed.of("phone-bookings", "0987000111")).query(Integer.class).single())
                .as("but the hash keyed with the server's secret").isEqualTo(2);
    }

    @Test
    void a_commune_queues_at_most_its_daily_messages_and_the_ticket_then_says_no_reminder_comes() {
        TestDatabase.CLOCK.set(MONDAY_0815);
        long commune = jdbc.sql("SELECT id FROM commune WHERE code = 'TQ-HL'").query(Long.class).single();
        int budget = notificationSettings.smsPerCommunePerDay();
        int queued = 0;
        for (int i = 0; i <= budget; i++) {
            if (outbox.enqueue(null, "budget-" + i, new Message(MessageKind.BOOKING_REMINDER, "0912000333", "Tin " + i, Map.of()),
                    MONDAY_0815, null, commune)) {
                queued++;
            }
        }
        assertThat(queued).isEqualTo(budget);
        assertThat(outbox.byKey("budget-" + budget)).isEmpty();
        assertThat(outbox.enqueue(null, "budget-0", new Message(MessageKind.BOOKING_REMINDER, "0912000333", "again", Map.of()), MONDAY_0815, null, commune))
                .as("an already queued message is not counted again").isTrue();

        Village village = villages.create("LIM-SMS", 5);
        jdbc.sql("""
                        INSERT INTO quota_use (quota, subject, period_start, lim, used) VALUES ('messages', :c, :d, :lim, :lim)
                        ON DUPLICATE KEY UPDATE used = lim
                        """)
                .param("c", String.valueOf(village.communeId())).param("d", MONDAY_0815.toLocalDate().atStartOfDay())
                .param("lim", budget).update();
        Booking booked = bookings.book(appointment(village, villages.desk(), LocalDate.of(2027, 1, 6), "0912000444", "no-sms"));
        assertThat(booked.state()).as("the booking still goes through").isEqualTo(BookingState.BOOKED);
        assertThat(outbox.ofBooking(booked.id())).isEmpty();
        assertThat(queue.status(booked.code()).orElseThrow().reminded()).isFalse();
    }

    private BookingRequest walkIn(Village village, Requester requester, String key) {
        return new BookingRequest(village.code(), null, Topic.VNEID, null, null, Resident.withoutPhone("Bà Năm"), requester,
                village.code() + "-" + key);
    }

    private BookingRequest appointment(Village village, Requester requester, LocalDate day, String phone, String key) {
        return new BookingRequest(village.code(), new SlotRef(day, LocalTime.of(9, 0)), Topic.VNEID, null, null,
                new Resident("Bà Năm", phone), requester, village.code() + "-" + key);
    }

    private Reason refusal(BookingRequest request) {
        BookingRefusedException refused = catchThrowableOfType(BookingRefusedException.class, () -> bookings.book(request));
        assertThat(refused).as("refused").isNotNull();
        return refused.reason();
    }

    private int bookingsIn(Village village) {
        return jdbc.sql("SELECT COUNT(*) FROM booking WHERE village_id = :v").param("v", village.id()).query(Integer.class).single();
    }

    /** Runs the bookings at the same moment; each outcome is the booking or the refusal's reason. */
    private List<Object> race(int count, java.util.function.IntFunction<BookingRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BookingRequest r = request.apply(i);
                Callable<Object> attempt = () -> {
                    go.await();
                    try {
                        return bookings.book(r);
                    } catch (BookingRefusedException e) {
                        return e.reason();
                    }
                };
                futures.add(pool.submit(attempt));
            }
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
