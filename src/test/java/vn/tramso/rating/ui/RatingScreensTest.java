package vn.tramso.rating.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.Screens;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.ui.LinkQr;
import vn.tramso.booking.Booking;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.Places;
import vn.tramso.place.TestKiosks;
import vn.tramso.place.Village;
import vn.tramso.rating.RatingAnswer;
import vn.tramso.rating.RatingReason;
import vn.tramso.rating.Ratings;
import vn.tramso.rating.TestHelp;

/** The rating screens: at the kiosk in general or at a volunteer's invitation, and on a resident's phone by a link. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class RatingScreensTest extends SpringBrowserlessTest {

    private static final Class<Component> HOME_VIEW = Screens.named("vn.tramso.guide.ui.HomeView");

    @Autowired
    TestKiosks kiosks;
    @Autowired
    TestHelp help;
    @Autowired
    TestStaff staff;
    @Autowired
    Ratings ratings;
    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;

    @Test
    void at_the_kiosk_a_low_score_asks_what_was_wrong_and_a_short_text_on_the_keypad() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 6, 1, 8, 0).plusHours(System.nanoTime() % 5_000));
        KioskAccess kiosk = kiosks.openHere("tra-phuong");
        navigate("kiosk/tra-phuong/danh-gia", KioskRatingView.class);
        assertThat($(LinkQr.class).single().path()).as("the public QR code").startsWith(Ratings.PUBLIC_PATH);

        tap("rating-here");
        assertThat(text()).contains("Hôm nay bạn đã làm xong việc cần làm chưa?");
        tap("rating-done-no");
        tap("face-2");
        assertThat(text()).contains("Điều gì chưa tốt?");
        tap("chip-app-or-network");
        tap("rating-reasons-next");
        for (String key : new String[] {"key-M", "key-A", "key-N", "key-G", "key-space", "key-Y", "key-Ê", "key-U"}) {
            tap(key);
        }
        tap("rating-send");

        assertThat(text()).contains("Cảm ơn bạn đã đánh giá!");
        assertThat(jdbc.sql("""
                        SELECT CONCAT(r.channel, ' ', r.score, ' ', r.done_today, ' ', r.comment, ' ', rr.reason) FROM rating r
                        JOIN rating_reason rr ON rr.rating_id = r.id WHERE r.village_id = :v ORDER BY r.id DESC LIMIT 1""")
                .param("v", kiosk.villageId()).query(String.class).single()).isEqualTo("KIOSK 2 0 MANG YÊU APP_OR_NETWORK");
    }

    @Test
    void a_volunteers_invitation_shows_on_the_kiosks_home_and_a_high_score_is_sent_at_once() {
        // Long before the other tests that log sessions as tnv.traphuong: "same as last" there must not see this one.
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 6, 2, 9, 0));
        kiosks.openHere("tra-phuong");
        Village village = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        Booking booking = help.walkIn(village, "tnv.traphuong");
        long session = help.helped(village, booking, "tnv.traphuong");
        long invite = staff.as("tnv.traphuong", () -> ratings.inviteAtKiosk(session));
        String code = "tra-phuong";

        navigate("kiosk/" + code + "/home", HOME_VIEW);
        assertThat($(Button.class).withClassName("rating-invite").all()).extracting(b -> b.getElement().getTextRecursively())
                .anySatisfy(t -> assertThat(t).contains("Mời số " + booking.ticketNumber() + " đánh giá"));
        UI.getCurrent().navigate("kiosk/" + code + "/danh-gia", QueryParameters.of("moi", String.valueOf(invite)));
        tap("rating-done-yes");
        tap("face-5");

        assertThat(text()).contains("Cảm ơn bạn đã đánh giá!");
        assertThat(jdbc.sql("SELECT CONCAT(channel, ' ', score) FROM rating WHERE help_session_id = :s").param("s", session)
                .query(String.class).single()).isEqualTo("KIOSK 5");
        navigate("kiosk/" + code + "/home", HOME_VIEW);
        assertThat($(Button.class).withClassName("rating-invite").all()).extracting(b -> b.getElement().getTextRecursively())
                .as("answered: the invitation is gone").noneMatch(t -> t.contains("Mời số " + booking.ticketNumber() + " đánh giá"));
    }

    @Test
    void a_residents_phone_rates_by_the_link_once_and_is_told_plainly_the_second_time() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 6, 3, 9, 0));
        Village village = help.village("RW");
        long session = help.session(village);
        String path = staff.as(help.volunteer(village), () -> ratings.linkForSession(session));

        navigate(path, LinkRatingPage.class);
        assertThat(text()).contains(village.culturalHouse());
        tap("rating-done-yes");
        tap("face-3");
        tap("rating-reasons-next");
        $(TextArea.class).single().setValue("Nên có thêm người hỗ trợ");
        tap("rating-send");
        assertThat(text()).contains("Cảm ơn bạn đã đánh giá!");

        navigate(path, LinkRatingPage.class);
        assertThat(text()).contains("Buổi hỗ trợ này đã được đánh giá rồi.").doesNotContain("Hôm nay bạn đã làm xong");
        navigate("danh-gia/made-up-token-000000", LinkRatingPage.class);
        assertThat(text()).contains("Mã đánh giá này không đúng.");
        assertThat(jdbc.sql("SELECT CONCAT(channel, ' ', score, ' ', comment) FROM rating WHERE help_session_id = :s").param("s", session)
                .query(String.class).single()).isEqualTo("OWN_PHONE 3 Nên có thêm người hỗ trợ");
    }

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void a_leader_sees_each_villages_average_the_volunteers_from_5_answers_and_low_scores_without_names() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 6, 4, 9, 0));
        Village village = help.village("RX");
        for (int score : new int[] {5, 5, 4, 2, 5}) {
            String path = staff.as(help.volunteer(village), () -> ratings.linkForSession(help.session(village)));
            ratings.rate(path.substring(Ratings.LINK_PATH.length()), new RatingAnswer(true, score,
                    score == 2 ? Set.of(RatingReason.HARD_TO_FOLLOW) : Set.of(), score == 2 ? "Cần hướng dẫn chậm hơn" : null));
        }

        navigate(RatingsView.class);
        assertThat($(Div.class).withClassName("village-rating").all()).extracting(d -> d.getElement().getTextRecursively())
                .contains(village.name() + "Điểm trung bình 4,2/5 từ 5 lượt; 100% đã làm xong việc trong ngày.Điện thoại người dân: 5");
        assertThat($(Div.class).withClassName("volunteer-rating").all()).extracting(d -> d.getElement().getTextRecursively())
                .anySatisfy(t -> assertThat(t).startsWith("TNV " + village.code()).contains("4,2/5"));
        assertThat($(Div.class).withClassName("low-rating").all()).extracting(d -> d.getElement().getTextRecursively())
                .anySatisfy(t -> assertThat(t).contains(village.name(), "Giải thích khó hiểu", "Cần hướng dẫn chậm hơn")
                        .doesNotContain("TNV"));
    }

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void a_leader_opening_a_volunteers_receipt_is_told_only_that_volunteer_may_ask_and_cannot_hand_the_device_over() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 6, 5, 9, 0));
        Village village = help.village("RY");
        long session = help.session(village);

        navigate("volunteer/rating/" + session, SessionReceiptView.class);

        assertThat(text()).contains("Chỉ tình nguyện viên đã ghi buổi hỗ trợ này mới mời người dân đánh giá được.");
        assertThat($(Button.class).withClassName("receipt-hand-over").all()).isEmpty();
        assertThat($(Button.class).withClassName("receipt-at-kiosk").all()).isEmpty();
        assertThat($(LinkQr.class).all()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating_link WHERE help_session_id = :s").param("s", session).query(Integer.class)
                .single()).as("no link made").isZero();
    }

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void the_leaders_screen_counts_answers_on_staff_devices_apart_and_shows_no_average_resting_on_them() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 6, 6, 9, 0));
        Village village = help.village("RZ");
        String volunteer = help.volunteer(village);
        for (int i = 0; i < Ratings.MIN_FOR_AVERAGE; i++) {
            long session = help.session(village);
            staff.run(volunteer, () -> ratings.rateHandedOver(ratings.handOver(session), new RatingAnswer(true, 5, Set.of(), null)));
        }
        long onStaffDevices = jdbc.sql("""
                        SELECT COUNT(*) FROM rating r JOIN village v ON v.id = r.village_id JOIN commune c ON c.id = v.commune_id
                        WHERE c.code = 'HY-HQ' AND r.channel = 'STAFF_DEVICE' AND r.created_at >= :from AND r.created_at < :to""")
                .param("from", LocalDateTime.of(2027, 5, 8, 0, 0)).param("to", LocalDateTime.of(2027, 6, 7, 0, 0)).query(Long.class).single();

        navigate(RatingsView.class);

        assertThat($(Paragraph.class).withClassName("ratings-total").single().getText())
                .contains("Trên máy của tình nguyện viên: " + onStaffDevices + " lượt");
        assertThat($(Div.class).withClassName("volunteer-rating").all()).extracting(d -> d.getElement().getTextRecursively())
                .filteredOn(t -> t.startsWith("TNV " + village.code())).singleElement().satisfies(t -> assertThat(t)
                        .contains("Chưa có điểm trung bình", "Trên máy của tình nguyện viên: 5 lượt").doesNotContain("/5"));
    }

    private void tap(String className) {
        test($(Button.class).withClassName(className).first()).click();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
