package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import vn.tramso.TestDatabase;
import vn.tramso.notification.FakeEsms;

/**
 * A resident books at the kiosk and gives a phone; the outbox sends the confirmation to a fake eSMS
 * (real HTTP), which receives exactly one SMS with the booking's time and code; the fake provider
 * then calls the app's receipt address, and the commune leader's outbox screen, on a phone, shows
 * the message as reached the phone, with the number's last 3 digits only.
 */
class MessagesJourneyTest extends BrowserJourney {

    static final LocalDate MONDAY = LocalDate.of(2027, 1, 11);
    static final String PHONE = "0977123456";

    @Autowired
    ApplicationContext app;

    @Test
    void a_kiosk_booking_sends_one_sms_with_its_time_and_code_and_its_receipt_shows_on_the_leaders_outbox() throws Exception {
        TestDatabase.CLOCK.set(MONDAY.atTime(9, 30));
        try (FakeEsms esms = new FakeEsms(app, url(""))) {
            open("/kiosk/tra-phuong/home");
            page.locator(".book-tile").click();
            page.locator(".topic-choice.topic-dichvucong").click();
            page.locator(".day-choice").first().click();
            page.locator(".time-choice").first().click();
            page.locator(".type-choice").click();
            for (String key : new String[] {"H", "O", "A"}) {
                page.locator(".key-" + key).click();
            }
            page.locator(".name-next").click();
            for (char digit : PHONE.toCharArray()) {
                page.locator(".key-" + digit).click();
            }
            page.locator(".phone-next").click();
            page.locator(".confirm-booking").click();
            assertThat(page.locator("h1")).hasText("Bạn đã đặt hẹn");
            String when = page.locator(".ticket-when").textContent(); // "Hẹn lúc 10:00, Thứ Hai, 11/01"
            String time = when.replaceAll(".*?(\\d{2}:\\d{2}).*", "$1");
            String code = page.locator(".ticket-code").textContent().strip();

            while (esms.sendDue() > 0) {
                // one round of the outbox job; other tests' due messages go too
            }

            List<JsonNode> toResident = esms.received().stream().filter(sms -> sms.path("Phone").asString().equals(PHONE)).toList();
            assertThat(toResident).as("exactly one SMS to the resident's phone").hasSize(1);
            JsonNode sms = toResident.getFirst();
            assertThat(sms.path("Content").asString()).contains(time, code, "11/01");
            assertThat(esms.reportDelivered(sms)).as("the receipt address answers the provider").isEqualTo(200);

            try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setIsMobile(true)
                    .setHasTouch(true).setLocale("vi-VN"))) {
                Page leader = phone.newPage();
                leader.navigate(url("/messages"));
                signIn(leader, "lanhdao.hongquang", "demo1234");
                leader.waitForURL(Pattern.compile(".*/messages(\\?continue)?$"));
                Locator card = leader.locator(".outbox-card").filter(new Locator.FilterOptions().setHasText("số …456"));
                assertThat(card).hasCount(1);
                assertThat(card).hasClass(Pattern.compile(".*\\boutbox-delivered\\b.*"));
                assertThat(card).containsText("Đã đến máy");
                assertThat(card).containsText("Xác nhận lịch hẹn");
                assertThat(leader.locator(".outbox-view")).not().containsText("0977");
                leader.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("60-leader-outbox.png")));
            }
        }
    }
}
