package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.Channel;
import vn.tramso.booking.Requester;
import vn.tramso.booking.Resident;
import vn.tramso.household.HouseholdDetails;
import vn.tramso.household.Households;
import vn.tramso.household.MemberDetails;
import vn.tramso.household.Assignments;
import vn.tramso.place.Places;

/**
 * A volunteer's day on a cheap phone held upright (360×740, touch only): sign in, call the next
 * resident, start, finish and log the session, hand the phone over for the rating, open a
 * household of their own from the menu and mark a status, record a concern. On every screen and
 * dialog nothing scrolls sideways and every target is at least 44×44 px ({@link PhoneFit}).
 * Screenshots: target/screenshots/phone-day-*.png.
 */
class VolunteerDayOnPhoneJourneyTest extends BrowserJourney {

    @Autowired
    TestStaff staff;
    @Autowired
    Bookings bookings;
    @Autowired
    Households households;
    @Autowired
    Assignments onePlusTen;
    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;

    Page phone;

    @Test
    void a_volunteer_works_the_queue_logs_a_session_updates_a_household_and_records_a_concern_with_one_thumb() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 1, 4, 8, 30)); // a Monday before HelpSessionsTest's day, whose "same as last" must find its own session
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        String code = "DT" + System.nanoTime() % 100_000;
        long member = staff.as("tnv.traphuong", () -> {
            long household = households.addHousehold(village, new HouseholdDetails(code, "Vũ Văn Khánh", "Xóm Bắc", null));
            onePlusTen.assign(List.of(household), jdbc.sql("SELECT id FROM user_account WHERE username = 'tnv.traphuong'")
                    .query(Long.class).single());
            return households.addMember(household, new MemberDetails("Vũ Thị Mận", 1955, true, null, null));
        });
        staff.run("tnv.traphuong", () -> bookings.book(new BookingRequest("HY-HQ-TRA-PHUONG", null, Topic.VNEID, null, null,
                new Resident("Vũ Thị Mận", null), new Requester.Staff(Channel.DESK), "phone-day-" + code)));

        try (BrowserContext touch = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setIsMobile(true)
                .setHasTouch(true).setDeviceScaleFactor(2).setLocale("vi-VN"))) {
            phone = touch.newPage();
            phone.navigate(url("/login"));
            phone.locator("vaadin-login-form input[name=username]").waitFor(FIRST_RENDER);
            fits("sign-in", "phone-day-0-sign-in");
            phone.locator("vaadin-login-form input[name=username]").fill("tnv.traphuong");
            phone.locator("vaadin-login-form input[name=password]").fill("demo1234");
            phone.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [theme~=submit]").first().tap();
            phone.waitForURL(Pattern.compile(".*/volunteer$"));

            Locator card = phone.locator(".queue-card").filter(new Locator.FilterOptions().setHasText("Vũ Thị Mận"));
            assertThat(card).containsText("Đang chờ");
            fits("today's queue", "phone-day-1-queue");
            phone.locator(".call-next").tap();
            assertThat(card).containsText("Đã gọi");
            card.locator(".row-start").tap();
            assertThat(card).containsText("Đang giúp");
            fits("the queue while helping", "phone-day-2-helping");
            card.locator(".row-finish").tap();
            phone.waitForURL(Pattern.compile(".*/volunteer/session\\?booking=[0-9]+$"));

            phone.locator(".chip-member-" + member).tap();
            phone.locator(".chip-vneid-muc-2").tap();
            phone.locator(".outcome-vneid-muc-2 .chip-done").tap();
            phone.locator(".chip-with-help").tap();
            fits("the session's log", "phone-day-3-log");
            phone.locator(".session-save").tap();
            phone.waitForURL(Pattern.compile(".*/volunteer/rating/[0-9]+\\?from=queue$"));
            fits("the receipt", "phone-day-4-receipt");

            phone.locator(".receipt-hand-over").tap();
            phone.locator(".rating-hand-over .rating-done-yes").tap();
            fits("the rating handed over", "phone-day-5-rating");
            phone.locator(".rating-hand-over .face-5").tap();
            phone.locator(".rating-given-back").tap();
            phone.waitForURL(Pattern.compile(".*/volunteer$"));
            assertThat(card).containsText("Đã xong");

            menu("Hộ tôi phụ trách");
            phone.waitForURL(Pattern.compile(".*/volunteer/my-households$"));
            Locator household = phone.locator(".household-card").filter(new Locator.FilterOptions().setHasText(code));
            assertThat(household).containsText("VNeID: Mức 2");
            fits("my households", "phone-day-6-my-households");
            household.locator(".kiosk-card-title").tap();
            Locator memberCard = phone.locator(".member-card").filter(new Locator.FilterOptions().setHasText("Vũ Thị Mận"));
            memberCard.locator(".set-status").tap();
            phone.locator(".fact-cashless vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Có")).tap();
            fits("a member's status", "phone-day-7-status");
            phone.locator(".dialog-save").tap();
            assertThat(memberCard).containsText("Thanh toán không dùng tiền mặt: Có");

            menu("Nhật ký dân vận");
            String text = "Đèn đường xóm Bắc hỏng " + code;
            phone.locator(".new-concern").tap();
            phone.locator(".concern-category .chip-roads-lighting").tap();
            phone.locator(".concern-text textarea").fill(text);
            fits("a new concern", "phone-day-8-concern");
            phone.locator(".dialog-save").tap();
            assertThat(phone.locator(".concern-card").filter(new Locator.FilterOptions().setHasText(text))).containsText("Mới");
            fits("the concerns", "phone-day-9-concerns");
        }
    }

    /** Opens the menu with the thumb and taps an entry; the open menu fits too. */
    private void menu(String entry) {
        phone.locator("vaadin-drawer-toggle").tap();
        Locator item = phone.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(entry));
        item.waitFor();
        fits("the menu", "phone-day-menu");
        item.tap();
    }

    private void fits(String screen, String screenshot) {
        phone.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(screenshot + ".png")));
        PhoneFit.assertFits(phone, screen);
    }
}
