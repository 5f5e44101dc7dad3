package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.TestAccounts;
import vn.tramso.TestDatabase;
import vn.tramso.account.TestTotp;
import vn.tramso.base.security.Role;

/**
 * A staff member turns on two-step sign-in on a phone held upright: scans the QR code (read here
 * from the screen), confirms with the app's code, keeps the recovery codes; the next sign-in asks
 * for a code before anything else.
 */
class TwoStepJourneyTest extends BrowserJourney {

    @Autowired
    TestAccounts testAccounts;

    @Test
    void turned_on_by_phone_then_asked_at_the_next_sign_in() {
        testAccounts.withPassword("thu.dienthoai", "Thử điện thoại", Role.ADMIN, null, "mat-khau-thu-2026");
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 6, 8, 0, 5));
        String secret;
        try (BrowserContext phone = phone()) {
            Page p = phone.newPage();
            p.navigate(url("/login"));
            signIn(p, "thu.dienthoai", "mat-khau-thu-2026");
            p.waitForURL(Pattern.compile(".*/admin$"));
            p.navigate(url("/staff/two-step"));
            String uri = readQr(p.locator(".two-step-qr svg"));
            Matcher m = Pattern.compile("^otpauth://totp/.*[?&]secret=([A-Z2-7]+)").matcher(uri);
            Assertions.assertThat(m.find()).as("an authenticator app's QR code: " + uri).isTrue();
            secret = m.group(1);
            noSidewaysScrolling(p, "the set-up screen");

            p.locator(".two-step-code input").fill(TestTotp.code(secret, TestDatabase.CLOCK));
            p.locator(".two-step-confirm").tap();
            assertThat(p.locator(".two-step-recovery li")).hasCount(10);
            noSidewaysScrolling(p, "the recovery codes");
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("50-two-step-recovery-phone.png")));
        }

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 6, 9, 0, 5));
        try (BrowserContext phone = phone()) {
            Page p = phone.newPage();
            p.navigate(url("/login"));
            signIn(p, "thu.dienthoai", "mat-khau-thu-2026");
            p.locator(".two-step-view").waitFor(); // whatever staff page the sign-in leads to waits behind the code screen
            assertThat(p.locator(".admin")).hasCount(0);
            noSidewaysScrolling(p, "the code screen");
            p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("51-two-step-code-phone.png")));
            p.locator(".two-step-code input").fill(TestTotp.code(secret, TestDatabase.CLOCK));
            p.locator(".two-step-check").tap();
            assertThat(p.locator(".two-step-view")).hasCount(0);
            p.navigate(url("/admin"));
            assertThat(p.locator(".admin")).isVisible(); // past the second step for this session
        }
    }

    private BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
                .setLocale("vi-VN"));
    }

    private static void noSidewaysScrolling(Page p, String screen) {
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assertions.assertThat(((Number) overflow).intValue()).as("no sideways scrolling on " + screen).isLessThanOrEqualTo(0);
    }
}
