package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.Channel;
import vn.tramso.booking.Queues;
import vn.tramso.booking.Requester;
import vn.tramso.booking.Resident;
import vn.tramso.household.HouseholdDetails;
import vn.tramso.household.Households;
import vn.tramso.household.MemberDetails;
import vn.tramso.household.Assignments;
import vn.tramso.place.Places;

/**
 * A volunteer finishes a resident being helped, logs the session in a few taps with "VNeID level 2
 * activated", the resident rates it on their own phone by the receipt's QR code, and the
 * household's member shows level 2 on the "1+10" member's list.
 */
class HelpSessionJourneyTest extends BrowserJourney {

    @Autowired
    TestStaff staff;
    @Autowired
    Bookings bookings;
    @Autowired
    Queues queue;
    @Autowired
    Households households;
    @Autowired
    Assignments onePlusTen;
    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_finished_resident_logged_with_vneid_level_2_shows_level_2_on_the_1_plus_10_list() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 21, 9, 0));
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        String code = "HJ" + System.nanoTime() % 100_000;
        long member = staff.as("tnv.traphuong", () -> {
            long household = households.addHousehold(village, new HouseholdDetails(code, "Đinh Văn Bảo", "Xóm Đông", null));
            onePlusTen.assign(List.of(household), jdbc.sql("SELECT id FROM user_account WHERE username = 'tnv.traphuong'")
                    .query(Long.class).single());
            return households.addMember(household, new MemberDetails("Đinh Thị Hồng", 1958, true, null, null));
        });
        Booking booking = staff.as("tnv.traphuong", () -> {
            Booking b = bookings.book(new BookingRequest("HY-HQ-TRA-PHUONG", null, Topic.VNEID, null, null,
                    new Resident("Đinh Thị Hồng", null), new Requester.Staff(Channel.DESK), "journey-" + code));
            return queue.start(village, b.id());
        });
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 21, 9, 25));

        page.navigate(url("/login"));
        signIn(page, "tnv.traphuong", "demo1234");
        page.waitForURL(Pattern.compile(".*/volunteer$"));
        page.locator(".row-finish").first().click();
        page.waitForURL(Pattern.compile(".*/volunteer/session\\?booking=" + booking.id() + "$"));
        assertThat(page.locator(".session-view")).containsText("Đinh Thị Hồng");

        page.locator(".chip-member-" + member).click();
        page.locator(".chip-vneid-muc-2").click();
        page.locator(".outcome-vneid-muc-2 .chip-done").click();
        page.locator(".chip-with-help").click();
        screenshot("10-help-session");
        page.locator(".session-save").click();
        page.waitForURL(Pattern.compile(".*/volunteer/rating/[0-9]+\\?from=queue$"));
        residentRatesOnTheirPhone(booking);
        page.locator(".receipt-done").click();
        page.waitForURL(Pattern.compile(".*/volunteer$"));

        page.navigate(url("/volunteer/my-households"));
        Locator card = page.locator(".household-card").filter(new Locator.FilterOptions().setHasText(code));
        assertThat(card).containsText("Đinh Thị Hồng");
        assertThat(card).containsText("VNeID: Mức 2");
        assertThat(card).not().containsText("chưa có VNeID mức 2");
        screenshot("11-my-households");
    }

    /** The receipt's QR code, read from the volunteer's screen, opens the rating on a phone held upright. */
    private void residentRatesOnTheirPhone(Booking booking) {
        Locator qr = page.locator(".receipt-qr .link-qr-code svg");
        String link = readQr(qr);
        screenshot("12-receipt");
        Assertions.assertThat(link).as("the receipt's QR code, read from the screen").matches(Pattern.quote(url("/rating/")) + "[A-Za-z0-9_-]{22}");
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setLocale("vi-VN"))) {
            Page own = phone.newPage();
            own.navigate(link);
            own.locator(".rating-done-yes").waitFor(FIRST_RENDER);
            assertThat(own.locator(".kiosk-place")).hasText("Nhà văn hóa thôn Trà Phương");
            own.locator(".rating-done-yes").tap();
            Locator face = own.locator(".face-4");
            Assertions.assertThat(face.boundingBox().height).as("a face a finger can hit").isGreaterThanOrEqualTo(64);
            Assertions.assertThat(((Number) own.evaluate("() => document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scrolling on the phone").isLessThanOrEqualTo(390);
            own.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("13-rating-phone.png")));
            face.tap();
            assertThat(own.locator("h1")).hasText("Cảm ơn bạn đã đánh giá!");
        }
        Assertions.assertThat(jdbc.sql("""
                        SELECT CONCAT(r.channel, ' ', r.score) FROM rating r JOIN help_session s ON s.id = r.help_session_id
                        WHERE s.booking_id = :b""").param("b", booking.id()).query(String.class).single()).isEqualTo("OWN_PHONE 4");
    }

    @Test
    void the_volunteer_screens_fit_a_phone_held_upright_with_chips_a_finger_can_hit() {
        page.setViewportSize(390, 844);
        page.navigate(url("/login"));
        signIn(page, "tnv.traphuong", "demo1234");
        page.waitForURL(Pattern.compile(".*/volunteer$"));
        page.navigate(url("/volunteer/session"));
        page.locator(".session-form").waitFor();

        assertNoSidewaysScrolling("the log form");
        List<Double> heights = page.locator(".session-form .chip:visible").all().stream().map(c -> c.boundingBox().height).toList();
        Assertions.assertThat(heights).isNotEmpty().allSatisfy(h -> Assertions.assertThat(h).isGreaterThanOrEqualTo(44.0));
        screenshot("12-help-session-phone");

        for (String[] screen : new String[][] {{"/volunteer/households", ".household-card"}, {"/volunteer/my-households", ".household-card"},
                {"/volunteer/sessions", ".session-card"}, {"/concerns", ".concern-card"}}) {
            page.navigate(url(screen[0]));
            page.locator(screen[1]).first().waitFor();
            assertNoSidewaysScrolling(screen[0]);
        }
    }

    private void assertNoSidewaysScrolling(String screen) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assertions.assertThat(((Number) overflow).intValue()).as("no sideways scrolling on " + screen).isLessThanOrEqualTo(0);
    }
}
