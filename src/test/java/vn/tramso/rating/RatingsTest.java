package vn.tramso.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.Resident;
import vn.tramso.booking.TestVillages;
import vn.tramso.booking.SlotRef;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.TestKiosks;
import vn.tramso.place.Village;

/** Rating links used once and only in time, one rating per help, kiosk and public ratings, and who sees what. */
@IntegrationTest
class RatingsTest {

    static final RatingAnswer HAPPY = new RatingAnswer(true, 5, Set.of(), null);

    @Autowired
    Ratings ratings;
    @Autowired
    TestHelp help;
    @Autowired
    TestStaff staff;
    @Autowired
    TestKiosks kiosks;
    @Autowired
    TestVillages villages;
    @Autowired
    Bookings bookings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RatingVolunteers volunteers;

    @Test
    void a_tickets_link_opens_once_its_help_is_done_and_rates_it_only_once() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 7, 9, 0));
        Village village = help.village("RT");
        Booking booking = help.walkIn(village);
        String token = token(ratings.linkForBooking(booking.id()));

        assertThat(refusal(() -> ratings.open(token))).isEqualTo(RatingRefusedException.Reason.NOT_HELPED_YET);
        assertThat(refusal(() -> ratings.rate(token, HAPPY))).isEqualTo(RatingRefusedException.Reason.NOT_HELPED_YET);
        long session = help.helped(village, booking);

        assertThat(ratings.open(token).culturalHouse()).isEqualTo(village.culturalHouse());
        ratings.rate(token, new RatingAnswer(false, 2, Set.of(RatingReason.WAITED_LONG), "Chờ hơi lâu"));

        assertThat(refusal(() -> ratings.open(token))).isEqualTo(RatingRefusedException.Reason.USED);
        assertThat(refusal(() -> ratings.rate(token, HAPPY))).isEqualTo(RatingRefusedException.Reason.USED);
        String receipt = token(staff.as(help.volunteer(village), () -> ratings.linkForSession(session)));
        assertThat(refusal(() -> ratings.rate(receipt, HAPPY)))
                .as("the receipt's link of the same help").isEqualTo(RatingRefusedException.Reason.USED);
        assertThat(jdbc.sql("SELECT channel, booking_id, help_session_id, done_today, score, comment FROM rating WHERE village_id = :v")
                .param("v", village.id()).query().listOfRows()).singleElement().satisfies(row -> {
                    assertThat(row.get("channel")).isEqualTo("OWN_PHONE");
                    assertThat(((Number) row.get("booking_id")).longValue()).isEqualTo(booking.id());
                    assertThat(((Number) row.get("help_session_id")).longValue()).as("linked to the session for the volunteer's average")
                            .isEqualTo(session);
                    assertThat(row.get("done_today")).isEqualTo(false);
                    assertThat(((Number) row.get("score")).intValue()).isEqualTo(2);
                    assertThat(row.get("comment")).isEqualTo("Chờ hơi lâu");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating_link WHERE token_hash = :t").param("t", token).query(Integer.class).single())
                .as("only the token's hash is kept").isZero();
    }

    @Test
    void a_link_expires_7_days_after_the_day_of_help_even_when_booked_long_before() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 7, 9, 0));
        Village village = help.village("RE");
        long session = help.session(village);
        String receipt = token(staff.as(help.volunteer(village), () -> ratings.linkForSession(session)));
        Booking later = staff.as(help.volunteer(village), () -> bookings.book(new BookingRequest(village.code(),
                new SlotRef(LocalDate.of(2026, 12, 17), LocalTime.of(8, 0)), Topic.LUADAO, null, null,
                new Resident("Người Hẹn", "0912000111"), villages.desk(), "rating-later-" + System.nanoTime())));
        String ticket = token(ratings.linkForBooking(later.id()));

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 14, 23, 59));
        assertThat(ratings.open(receipt).villageId()).isEqualTo(village.id());
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 15, 0, 0));
        assertThat(refusal(() -> ratings.rate(receipt, HAPPY))).isEqualTo(RatingRefusedException.Reason.EXPIRED);

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 17, 8, 0));
        help.helped(village, later);
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 23, 23, 0));
        ratings.rate(ticket, HAPPY);
        assertThat(count(village)).isEqualTo(1);
    }

    @Test
    void reasons_and_text_are_kept_only_after_a_low_score_and_numbers_are_refused() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 8, 10, 0));
        Village village = help.village("RL");
        String a = token(staff.as(help.volunteer(village), () -> ratings.linkForSession(help.session(village))));
        String b = token(staff.as(help.volunteer(village), () -> ratings.linkForSession(help.session(village))));

        assertThat(refusal(() -> ratings.rate(a, new RatingAnswer(false, 1, Set.of(), "Gọi lại cho tôi số 0912345678"))))
                .isEqualTo(RatingRefusedException.Reason.COMMENT_NUMBERS);
        assertThat(refusal(() -> ratings.rate(a, new RatingAnswer(false, 1, Set.of(), "x".repeat(201)))))
                .isEqualTo(RatingRefusedException.Reason.COMMENT_TOO_LONG);
        assertThat(refusal(() -> ratings.rate(a, new RatingAnswer(true, 6, Set.of(), null))))
                .isEqualTo(RatingRefusedException.Reason.BAD_SCORE);
        assertThat(count(village)).as("nothing written on a refusal").isZero();

        ratings.rate(a, new RatingAnswer(false, 3, Set.of(RatingReason.APP_OR_NETWORK, RatingReason.NOT_SOLVED),
                "Mạng yếu"));
        ratings.rate(b, new RatingAnswer(true, 4, Set.of(RatingReason.WAITED_LONG), "Tốt"));

        assertThat(jdbc.sql("""
                        SELECT r.score, r.comment, GROUP_CONCAT(rr.reason ORDER BY rr.reason) FROM rating r
                        LEFT JOIN rating_reason rr ON rr.rating_id = r.id WHERE r.village_id = :v GROUP BY r.id ORDER BY r.score
                        """).param("v", village.id())
                .query((rs, n) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list())
                .containsExactly("3|Mạng yếu|APP_OR_NETWORK,NOT_SOLVED", "4|null|null");
    }

    @Test
    void a_volunteers_invitation_shows_on_their_villages_kiosk_for_half_an_hour_and_is_answered_there() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 9, 9, 0));
        Village village = help.village("RK");
        KioskAccess kiosk = kiosks.kioskIn(village);
        KioskAccess elsewhere = kiosks.enrol("tra-phuong").access();
        Booking booking = help.walkIn(village);
        long session = help.helped(village, booking);
        long late = help.session(village);

        long invite = staff.as(help.volunteer(village), () -> ratings.inviteAtKiosk(session));
        long expiring = staff.as(help.volunteer(village), () -> ratings.inviteAtKiosk(late));
        assertThat(ratings.kioskInvites(village.id())).extracting(KioskInvite::id, KioskInvite::ticketNumber)
                .containsExactly(tuple(invite, booking.ticketNumber()),
                        tuple(expiring, null));
        assertThat(refusal(() -> ratings.rateInvite(elsewhere.deviceId(), invite, HAPPY)))
                .as("another village's kiosk").isEqualTo(RatingRefusedException.Reason.UNKNOWN_LINK);

        ratings.rateInvite(kiosk.deviceId(), invite, HAPPY);
        assertThat(ratings.kioskInvites(village.id())).extracting(KioskInvite::id).containsExactly(expiring);
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 9, 9, 30));
        assertThat(ratings.kioskInvites(village.id())).isEmpty();
        assertThat(refusal(() -> ratings.rateInvite(kiosk.deviceId(), expiring, HAPPY))).isEqualTo(RatingRefusedException.Reason.EXPIRED);
        assertThat(jdbc.sql("SELECT channel FROM rating WHERE help_session_id = :s").param("s", session).query(String.class).single())
                .isEqualTo("KIOSK");
    }

    @Test
    void the_public_qr_code_is_the_same_for_a_village_and_takes_at_most_30_answers_an_hour() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 10, 14, 0));
        Village village = help.village("RP");
        String path = ratings.publicLink(village.id());
        assertThat(ratings.publicLink(village.id())).isEqualTo(path);
        String key = path.substring(Ratings.PUBLIC_PATH.length());
        assertThat(ratings.openPublic(key).culturalHouse()).isEqualTo(village.culturalHouse());
        assertThat(refusal(() -> ratings.openPublic(key + "x"))).isEqualTo(RatingRefusedException.Reason.UNKNOWN_LINK);

        for (int i = 0; i < Ratings.PUBLIC_PER_HOUR; i++) {
            ratings.ratePublic(key, HAPPY);
        }
        assertThat(refusal(() -> ratings.ratePublic(key, HAPPY))).isEqualTo(RatingRefusedException.Reason.TOO_MANY);
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 10, 15, 0));
        ratings.ratePublic(key, HAPPY);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE village_id = :v AND channel = 'PUBLIC_QR'").param("v", village.id())
                .query(Integer.class).single()).isEqualTo(Ratings.PUBLIC_PER_HOUR + 1);
    }

    @Test
    void a_volunteer_sees_their_average_only_from_5_answers_and_leaders_only_their_communes_villages() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 11, 9, 0));
        Village village = help.village("RV");
        String volunteer = help.volunteer(village);
        for (int score = 1; score <= 4; score++) {
            ratings.rate(token(staff.as(volunteer, () -> ratings.linkForSession(help.session(village)))),
                    new RatingAnswer(score > 2, score, Set.of(), null));
        }
        assertThat(staff.as(volunteer, ratings::myTotals)).as("4 answers could be told apart").isEmpty();
        assertThat(staff.as("lanhdao.hongquang", ratings::volunteers)).extracting(VolunteerRatings::name).doesNotContain("TNV " + village.code());

        ratings.rate(token(staff.as(volunteer, () -> ratings.linkForSession(help.session(village)))), HAPPY);

        RatingTotals mine = staff.as(volunteer, ratings::myTotals).orElseThrow();
        assertThat(mine.count()).isEqualTo(5);
        assertThat(mine.average()).isEqualTo(3.0);
        assertThat(mine.doneShare()).isEqualTo(0.6);
        assertThat(staff.as("lanhdao.hongquang", ratings::volunteers)).extracting(VolunteerRatings::name).contains("TNV " + village.code());
        assertThat(staff.as("lanhdao.hongquang", () -> ratings.villages(LocalDate.of(2026, 12, 1))))
                .filteredOn(v -> v.villageId() == village.id()).singleElement()
                .satisfies(v -> assertThat(v.totals()).isEqualTo(new RatingTotals(5, 15, 3)));
        assertThat(staff.as("tnv.vanla", () -> ratings.villages(LocalDate.of(2026, 12, 1))))
                .as("another commune's volunteer").noneMatch(v -> v.villageId() == village.id());
        assertThat(staff.as("lanhdao.hongquang", () -> ratings.lowRatings(LocalDate.of(2026, 12, 1), 50)))
                .filteredOn(r -> r.villageName().equals(village.name())).hasSize(3);
    }

    @Test
    void a_receipt_link_or_invitation_is_made_only_by_staff_covering_the_sessions_village() {
        Village village = help.village("RS");
        long session = help.session(village);
        assertThatThrownBy(() -> staff.as("tnv.vanla", () -> ratings.linkForSession(session))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("tnv.vanla", () -> ratings.inviteAtKiosk(session))).isInstanceOf(AccessDeniedException.class);
        assertThat(refusal(() -> ratings.open("not-a-token!"))).isEqualTo(RatingRefusedException.Reason.UNKNOWN_LINK);
        assertThat(refusal(() -> ratings.open("AAAAAAAAAAAAAAAAAAAAAA"))).isEqualTo(RatingRefusedException.Reason.UNKNOWN_LINK);
    }

    @Test
    void only_the_volunteer_who_logged_a_session_offers_its_rating_not_a_leader_nor_another_volunteer_of_the_village() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 12, 9, 0));
        Village village = help.village("RO");
        long session = help.session(village);
        String other = help.otherVolunteer(village);

        for (String someoneElse : new String[] {"lanhdao.hongquang", other}) {
            assertThat(refusal(() -> staff.as(someoneElse, () -> ratings.handOver(session)))).as(someoneElse + " hands over")
                    .isEqualTo(RatingRefusedException.Reason.NOT_YOUR_SESSION);
            assertThat(refusal(() -> staff.as(someoneElse, () -> ratings.linkForSession(session)))).as(someoneElse + " makes a QR code")
                    .isEqualTo(RatingRefusedException.Reason.NOT_YOUR_SESSION);
            assertThat(refusal(() -> staff.as(someoneElse, () -> ratings.inviteAtKiosk(session)))).as(someoneElse + " invites")
                    .isEqualTo(RatingRefusedException.Reason.NOT_YOUR_SESSION);
        }
        long handOver = staff.as(help.volunteer(village), () -> ratings.handOver(session));
        assertThat(refusal(() -> staff.run("lanhdao.hongquang", () -> ratings.rateHandedOver(handOver, HAPPY))))
                .as("a hand-over is answered only on the device of the volunteer who opened it")
                .isEqualTo(RatingRefusedException.Reason.UNKNOWN_LINK);
        assertThat(count(village)).as("nothing written").isZero();

        staff.run(help.volunteer(village), () -> ratings.rateHandedOver(handOver, HAPPY));
        assertThat(jdbc.sql("SELECT channel FROM rating WHERE help_session_id = :s").param("s", session).query(String.class).single())
                .isEqualTo("STAFF_DEVICE");
    }

    @Test
    void the_volunteer_hands_the_device_over_until_3_hours_after_the_session_ended_and_their_account_is_kept_with_it() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 13, 9, 0));
        Village village = help.village("RH");
        String volunteer = help.volunteer(village);
        long session = help.session(village);
        long late = help.session(village);

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 13, 12, 20));
        long handOver = staff.as(volunteer, () -> ratings.handOver(session));
        staff.run(volunteer, () -> ratings.rateHandedOver(handOver, new RatingAnswer(true, 4, Set.of(), null)));
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 13, 12, 21));
        assertThat(refusal(() -> staff.as(volunteer, () -> ratings.handOver(late)))).as("the 20-minute session ended at 9:20")
                .isEqualTo(RatingRefusedException.Reason.TOO_LATE);

        assertThat(jdbc.sql("SELECT issued_by FROM rating_link WHERE help_session_id = :s AND hand_over AND used_at IS NOT NULL")
                .param("s", session).query(Long.class).single()).as("who opened the hand-over, for audit")
                .isEqualTo(help.accountId(volunteer));
        assertThat(jdbc.sql("SELECT CONCAT(channel, ' ', score) FROM rating WHERE help_session_id = :s").param("s", session)
                .query(String.class).single()).isEqualTo("STAFF_DEVICE 4");
    }

    @Test
    void nobody_offers_a_sessions_rating_10_days_after_it_and_a_hand_over_left_open_expires() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 14, 9, 0));
        Village village = help.village("RD");
        String volunteer = help.volunteer(village);
        long session = help.session(village);
        long handOver = staff.as(volunteer, () -> ratings.handOver(session));

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 24, 9, 0));
        assertThat(refusal(() -> staff.as(volunteer, () -> ratings.handOver(session)))).isEqualTo(RatingRefusedException.Reason.TOO_LATE);
        assertThat(refusal(() -> staff.as(volunteer, () -> ratings.linkForSession(session)))).isEqualTo(RatingRefusedException.Reason.TOO_LATE);
        assertThat(refusal(() -> staff.as(volunteer, () -> ratings.inviteAtKiosk(session)))).isEqualTo(RatingRefusedException.Reason.TOO_LATE);
        assertThat(refusal(() -> staff.as("lanhdao.hongquang", () -> ratings.handOver(session))))
                .isEqualTo(RatingRefusedException.Reason.NOT_YOUR_SESSION);
        assertThat(refusal(() -> staff.run(volunteer, () -> ratings.rateHandedOver(handOver, HAPPY))))
                .isEqualTo(RatingRefusedException.Reason.EXPIRED);
        assertThat(count(village)).isZero();
    }

    @Test
    void a_tickets_link_made_days_after_the_help_is_refused_on_the_8th_day_after_it() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 15, 9, 0));
        Village village = help.village("RT");
        Booking booking = help.walkIn(village);
        help.helped(village, booking);

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 20, 10, 0));
        String token = token(ratings.linkForBooking(booking.id()));
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 22, 23, 59));
        assertThat(ratings.open(token).villageId()).as("the 7th day after the help").isEqualTo(village.id());
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 23, 0, 0));
        assertThat(refusal(() -> ratings.rate(token, HAPPY))).isEqualTo(RatingRefusedException.Reason.EXPIRED);
        assertThat(count(village)).isZero();
    }

    @Test
    void a_volunteer_with_answers_only_on_staff_devices_has_them_counted_apart_and_no_average() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 16, 9, 0));
        Village village = help.village("RF");
        String volunteer = help.volunteer(village);
        for (int i = 0; i < Ratings.MIN_FOR_AVERAGE + 1; i++) {
            long session = help.session(village);
            staff.run(volunteer, () -> ratings.rateHandedOver(ratings.handOver(session), HAPPY));
        }
        ratings.rate(token(staff.as(volunteer, () -> ratings.linkForSession(help.session(village)))),
                new RatingAnswer(false, 2, Set.of(), null));

        assertThat(staff.as("lanhdao.hongquang", ratings::volunteers)).filteredOn(v -> v.volunteerId() == help.accountId(volunteer))
                .singleElement().satisfies(v -> {
                    assertThat(v.staffDevice()).isEqualTo(new RatingTotals(6, 30, 6));
                    assertThat(v.residents()).isEqualTo(new RatingTotals(1, 2, 0));
                    assertThat(v.hasAverage()).as("6 answers, but only 1 given by a resident alone").isFalse();
                });
        assertThat(staff.as("lanhdao.hongquang", () -> ratings.villages(LocalDate.of(2026, 12, 1))))
                .filteredOn(v -> v.villageId() == village.id()).singleElement()
                .satisfies(v -> assertThat(v.onStaffDevice()).isEqualTo(6));
    }

    @Test
    void answers_a_node_of_the_previous_version_saved_without_the_volunteer_count_after_the_nightly_repair() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 17, 9, 0));
        Village village = help.village("RU");
        String volunteer = help.volunteer(village);
        for (int i = 0; i < Ratings.MIN_FOR_AVERAGE; i++) {
            ratings.rate(token(staff.as(volunteer, () -> ratings.linkForSession(help.session(village)))), HAPPY);
        }
        // as a node of the version before V29 saves an answer: no volunteer on the row
        jdbc.sql("UPDATE rating SET volunteer_id = NULL WHERE village_id = :v").param("v", village.id()).update();
        assertThat(staff.as(volunteer, ratings::myTotals)).as("not counted before the repair").isEmpty();

        assertThat(volunteers.fillMissing()).isGreaterThanOrEqualTo(Ratings.MIN_FOR_AVERAGE);

        assertThat(staff.as(volunteer, ratings::myTotals)).hasValueSatisfying(t -> assertThat(t.count()).isEqualTo(Ratings.MIN_FOR_AVERAGE));
        assertThat(volunteers.fillMissing()).as("nothing left to fill").isZero();
    }

    private int count(Village village) {
        return jdbc.sql("SELECT COUNT(*) FROM rating WHERE village_id = :v").param("v", village.id()).query(Integer.class).single();
    }

    static String token(String path) {
        assertThat(path).startsWith(Ratings.LINK_PATH);
        return path.substring(Ratings.LINK_PATH.length());
    }

    private static RatingRefusedException.Reason refusal(ThrowingCallable action) {
        RatingRefusedException refused = catchThrowableOfType(RatingRefusedException.class, action);
        return refused == null ? null : refused.reason();
    }
}
