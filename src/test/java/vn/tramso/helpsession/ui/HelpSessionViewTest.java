package vn.tramso.helpsession.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.Screens;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.BookingState;
import vn.tramso.booking.Queues;
import vn.tramso.booking.Resident;
import vn.tramso.booking.TestVillages;
import vn.tramso.household.HouseholdDetails;
import vn.tramso.household.Households;
import vn.tramso.household.MemberDetails;
import vn.tramso.place.Places;

/** Logging a help session by touch: the common case from the queue in at most six taps, counted. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
@WithUserDetails("tnv.traphuong")
class HelpSessionViewTest extends SpringBrowserlessTest {

    private static final Class<Component> QUEUE_VIEW = Screens.named("vn.tramso.booking.ui.QueueView");
    private static final Class<Component> RECEIPT_VIEW = Screens.named("vn.tramso.rating.ui.SessionReceiptView");

    @Autowired
    Bookings bookings;
    @Autowired
    Queues queue;
    @Autowired
    TestVillages villages;
    @Autowired
    Households households;
    @Autowired
    Places places;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    private int taps;

    @Test
    void the_common_case_from_the_queue_takes_at_most_six_taps() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 7, 9, 0));
        Booking booking = walkIn(Topic.VNEID, "Kha Văn Tâm");
        queue.start(booking.villageId(), booking.id());
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 7, 9, 28));
        navigate(QUEUE_VIEW);

        tap(finishButton(booking));
        assertThat(getCurrentView()).isInstanceOf(HelpSessionView.class);
        tap(chip("vneid-muc-2"));
        tap(chip("done", "outcome-vneid-muc-2"));
        tap(chip("with-help"));
        tap($(Button.class).withClassName("session-save").single());

        assertThat(taps).isLessThanOrEqualTo(6);
        assertThat(queue.booking(booking.id()).orElseThrow().state()).isEqualTo(BookingState.DONE);
        assertThat(jdbc.sql("""
                        SELECT s.minutes, s.place, s.autonomy, t.topic, t.outcome FROM help_session s
                        JOIN help_session_topic t ON t.session_id = s.id WHERE s.booking_id = :b""")
                .param("b", booking.id()).query((rs, n) -> rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4) + " " + rs.getString(5)).single())
                .as("minutes from the queue's start, to the nearest chip").isEqualTo("30 CULTURAL_HOUSE WITH_HELP VNEID_LEVEL_2 DONE");

        assertThat(getCurrentView()).as("the receipt, to ask the resident to rate").isInstanceOf(RECEIPT_VIEW);
        tap($(Button.class).withClassName("receipt-hand-over").single());
        tap($(Button.class).withClassName("rating-done-yes").single());
        tap($(Button.class).withClassName("face-4").single());
        assertThat($(Button.class).withClassName("rating-given-back").single().isVisible()).isTrue();
        assertThat(jdbc.sql("""
                        SELECT CONCAT(r.channel, ' ', r.score, ' ', r.done_today) FROM rating r
                        JOIN help_session s ON s.id = r.help_session_id WHERE s.booking_id = :b""")
                .param("b", booking.id()).query(String.class).single()).isEqualTo("STAFF_DEVICE 4 1");
        tap($(Button.class).withClassName("rating-given-back").single());
        assertThat(getCurrentView()).as("back to the queue the session was logged from").isInstanceOf(QUEUE_VIEW);
    }

    @Test
    void the_booking_name_suggests_the_member_and_one_tap_links_the_session_to_them() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 8, 9, 0));
        long member = member("Thân Thị Gấm", 1950);
        Booking booking = walkIn(Topic.SUCKHOE, "Thân Thị Gấm");

        UI.getCurrent().navigate("volunteer/session", QueryParameters.of("booking", String.valueOf(booking.id())));
        assertThat(getCurrentView()).isInstanceOf(HelpSessionView.class);
        tap(chip("member-" + member));
        tap(chip("done", "outcome-suckhoe"));
        tap(chip("done-for-them"));
        tap(chip("15"));
        tap($(Button.class).withClassName("session-save").single());

        assertThat(jdbc.sql("SELECT member_id FROM help_session WHERE booking_id = :b").param("b", booking.id())
                .query(Long.class).single()).isEqualTo(member);
        assertThat(jdbc.sql("SELECT value FROM member_fact WHERE member_id = :m AND kind = 'HEALTH_BOOK'").param("m", member)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void a_topic_without_an_outcome_is_asked_for_and_nothing_is_saved() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 9, 15, 0));
        navigate(HelpSessionView.class);
        tap(chip("luadao"));
        tap(chip("alone"));
        tap(chip("45"));
        tap(chip("home"));
        tap($(Button.class).withClassName("session-save").single());

        assertThat($(Paragraph.class).withClassName("form-error").single().getText()).isEqualTo("Hãy chọn kết quả cho từng việc.");
        assertThat(getCurrentView()).isInstanceOf(HelpSessionView.class);
        tap(chip("done", "outcome-luadao"));
        tap($(Button.class).withClassName("session-save").single());
        assertThat(getCurrentView()).isInstanceOf(RECEIPT_VIEW);
        tap($(Button.class).withClassName("receipt-done").single());
        assertThat(getCurrentView()).isInstanceOf(SessionsView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Tuần này: ", "Phòng tránh lừa đảo");
    }

    private Button finishButton(Booking booking) {
        Component card = $(Div.class).withClassName("queue-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains(booking.residentName())).findFirst().orElseThrow();
        return $(Button.class, card).withClassName("row-finish").single();
    }

    private Button chip(String key) {
        return $(Button.class).withClassName("chip-" + key).single();
    }

    /** The chip of a key inside the row with the class: outcomes repeat the same keys for each topic. */
    private Button chip(String key, String row) {
        return $(Button.class, $(Component.class).withClassName(row).single()).withClassName("chip-" + key).single();
    }

    private void tap(Button button) {
        taps++;
        test(button).click();
    }

    private Booking walkIn(Topic topic, String name) {
        return bookings.book(new BookingRequest("HY-HQ-TRA-PHUONG", null, topic, null, null, new Resident(name, null),
                villages.desk(), "hsv-" + System.nanoTime()));
    }

    private long member(String name, int year) {
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        long household = households.addHousehold(village, new HouseholdDetails("HV" + System.nanoTime() % 10_000_000, null, null, null));
        return households.addMember(household, new MemberDetails(name, year, true, null, null));
    }
}
