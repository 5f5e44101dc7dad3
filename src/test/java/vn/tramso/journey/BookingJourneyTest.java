package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.QrCodes;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.Resident;
import vn.tramso.booking.TestVillages;

/**
 * A resident books help at the kiosk by touch; the volunteer checks the ticket in by scanning its
 * QR code (read here from the kiosk's screenshot and typed by a keyboard-wedge scanner), then
 * calls the resident ahead, and the kiosk's "people ahead" drops by server push.
 */
class BookingJourneyTest extends BrowserJourney {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 21);

    @Autowired
    Bookings bookings;
    @Autowired
    TestVillages villages;
    @Autowired
    TestStaff staff;

    @Test
    void a_resident_books_at_the_kiosk_the_ticket_checks_them_in_and_the_people_ahead_drop() {
        TestDatabase.CLOCK.set(MONDAY.atTime(9, 30));
        Booking ahead = staff.as("admin", () -> bookings.book(new BookingRequest("HY-HQ-TRA-PHUONG", null, Topic.VNEID, null, null, Resident.withoutPhone("Ông Ba"),
                villages.desk(), "journey-ahead")));

        open("/kiosk/tra-phuong/home");
        page.locator(".book-tile").click();
        assertThat(page.locator("h1")).hasText("Bạn cần giúp về việc gì?");
        page.locator(".topic-choice.topic-dichvucong").click();
        assertThat(page.locator(".walk-in-choice")).containsText("Đang có 1 người chờ");
        assertThat(page.locator(".day-choice").nth(1)).containsText("Ngày mai, 22/12");
        assertThat(page.locator(".day-choice").nth(2)).containsText("Thứ Tư, 23/12");
        screenshot("20-book-when");
        page.locator(".day-choice").first().click();
        assertThat(page.locator("h1")).hasText("Chọn giờ – Hôm nay, 21/12");
        page.locator(".time-choice").first().click();
        page.locator(".type-choice").click();
        for (String key : new String[] {"L", "A", "N"}) {
            page.locator(".key-" + key).click();
        }
        assertThat(page.locator(".keypad-display")).hasText("LAN");
        screenshot("21-book-name-keypad");
        page.locator(".name-next").click();
        for (char digit : "0912345678".toCharArray()) {
            page.locator(".key-" + digit).click();
        }
        page.locator(".phone-next").click();
        assertThat(page.locator("h1")).hasText("Kiểm tra lại");
        page.locator(".confirm-booking").click();

        assertThat(page.locator("h1")).hasText("Bạn đã đặt hẹn");
        assertThat(page.locator(".ticket-when")).hasText("Hẹn lúc 10:00, Thứ Hai, 21/12");
        assertThat(page.locator(".ticket-status")).hasText("Khi đến, đưa phiếu này cho tình nguyện viên.");
        screenshot("22-ticket");
        String payload = readQr(page.locator(".ticket-qr"));
        assertThat(payload).as("the ticket's QR code, read from the screen").matches("TRAMSO-[0-9]{8}");
        assertThat(page.locator(".ticket-code")).hasText(payload.substring(7, 11) + " " + payload.substring(11));
        printsOnAReceipt();

        try (BrowserContext staff = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("vi-VN"))) {
            Page volunteer = staff.newPage();
            volunteer.navigate(url("/volunteer"));
            signIn(volunteer, "tnv.traphuong", "demo1234");
            volunteer.waitForURL(Pattern.compile(".*/volunteer(\\?continue)?$")); // Spring Security's saved request
            assertThat(volunteer.locator(".queue-list")).containsText("LAN");

            volunteer.locator(".queue-view h1").click(); // no text field has focus: the scanner types into the page
            volunteer.keyboard().type(payload, new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(5));
            volunteer.keyboard().press("Enter");
            assertThat(message(volunteer, "LAN đã có mặt")).isVisible();
            assertThat(page.locator(".ticket-status")).hasText("Còn 1 người trước bạn, chờ khoảng 15 phút.");
            screenshot("23-ticket-in-queue");

            volunteer.locator(".call-next").click();
            assertThat(message(volunteer, "Đã gọi số " + ahead.ticketNumber() + ": Ông Ba")).isVisible();
            assertThat(volunteer.locator(".queue-card-state").filter(new Locator.FilterOptions().setHasText("Đã gọi")))
                    .hasCount(1);
            volunteer.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("24-volunteer-queue.png")));
        }
        assertThat(page.locator(".ticket-status")).hasText("Bạn là người tiếp theo.");
    }

    /** A message shown to the volunteer (newer ones stack above older ones). */
    private static Locator message(Page page, String text) {
        return page.locator("vaadin-notification-card.queue-message").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** The print layout: only the ticket, at most 80 mm wide (302 CSS px), its QR code still readable. */
    private void printsOnAReceipt() {
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        double width = ((Number) page.evaluate("() => document.querySelector('.ticket').getBoundingClientRect().width")).doubleValue();
        assertThat(width).isLessThanOrEqualTo(302);
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.kiosk-header')).visibility")).isEqualTo("hidden");
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('.print-ticket')).visibility")).isEqualTo("hidden");
        byte[] receipt = page.locator(".ticket").screenshot(new Locator.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("22-ticket-print.png")));
        assertThat(QrCodes.decode(image(receipt))).as("QR code on the printed ticket").isPresent();
        assertThat(QrCodes.decode(image(page.locator(".ticket-rating .link-qr-code").screenshot())))
                .as("the printed ticket's QR code to rate the help on one's phone").hasValueSatisfying(link ->
                        assertThat(link).matches(Pattern.quote(url("/rating/")) + "[A-Za-z0-9_-]{22}"));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
    }
}
