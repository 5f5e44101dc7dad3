package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An admin issues an enrolment code; a new kiosk browser, refused until then, opens the code's
 * QR address and becomes the kiosk; once the admin revokes it, it is refused again.
 */
class KioskEnrolmentJourneyTest extends BrowserJourney {

    private static final String KIOSK_BROWSER = "TramSo enrolment journey kiosk";

    @Test
    void an_admin_enrols_a_new_kiosk_browser_with_a_one_time_code_and_later_revokes_it() {
        page.navigate(url("/admin/kiosks"));
        signIn(page, "admin", "demo1234");
        Locator card = page.locator(".kiosk-card.kiosk-tra-phuong");
        card.locator(".issue-code").click();
        String code = page.locator(".enrolment-code").innerText();
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        String address = readQr(page.locator(".enrolment-qr"));
        assertThat(address).isEqualTo(url("/enrol/" + code));
        screenshot("30-admin-enrolment-code");

        try (BrowserContext kiosk = browser.newContext(new Browser.NewContextOptions().setViewportSize(LANDSCAPE_W, LANDSCAPE_H)
                .setLocale("vi-VN").setUserAgent(KIOSK_BROWSER))) {
            Page screen = kiosk.newPage();
            Response refused = screen.navigate(url("/kiosk/tra-phuong"));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(screen.locator("h1")).hasText("Màn hình này chưa được đăng ký");
            assertThat(new AxeBuilder(screen).withTags(java.util.List.of("wcag2a", "wcag2aa")).analyze().getViolations()).isEmpty();
            screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("31-kiosk-not-registered.png")));

            screen.navigate(address);
            assertThat(screen.locator("main")).containsText("Nhà văn hóa thôn Trà Phương");
            screen.locator("button[type=submit]").click();
            screen.waitForURL(Pattern.compile(".*/kiosk/tra-phuong$"));
            assertThat(screen.locator(".start-button")).isVisible();
            screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("32-kiosk-enrolled.png")));

            page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Đóng")).click();
            card.locator(".list-devices").click();
            Locator row = page.locator(".device-row").filter(new Locator.FilterOptions().setHasText(KIOSK_BROWSER));
            assertThat(row).containsText("bằng mã");
            row.locator(".revoke-device").click();
            assertThat(row).containsText("Đã thu hồi");

            Response after = screen.navigate(url("/kiosk/tra-phuong/home"));
            assertThat(after.status()).isEqualTo(403);
            assertThat(screen.locator("h1")).hasText("Màn hình này chưa được đăng ký");
        }
    }
}
