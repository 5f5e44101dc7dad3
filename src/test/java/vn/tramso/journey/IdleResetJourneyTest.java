package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resident walks away mid-guide: after the kiosk's idle time (120 s) a warning counts down
 * 30 s, then the kiosk is back at the attract screen with no trace of the guide. The page's
 * clock is Playwright's fake clock, fast-forwarded, so the test need not wait two minutes; a
 * second of real time may pass between two checks, hence "30 or 29".
 */
class IdleResetJourneyTest extends BrowserJourney {

    private static final Locator.WaitForOptions ATTACHED = new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED);

    @BeforeEach
    void fakeClock() {
        page.clock().install();
    }

    /**
     * Waits for the attract screen after the reset; if it does not come, fails with what the page
     * showed (once "not registered": a session made by the old page's last request, see KioskGate).
     */
    private void attractScreenIsBack(String screenshot) {
        page.waitForURL(url("/kiosk/tra-phuong"));
        try {
            page.locator(".start-button").waitFor(FIRST_RENDER);
        } catch (TimeoutError notShown) {
            screenshot(screenshot + "-failed");
            throw new AssertionError("after the idle reset the attract screen did not show; the page said: "
                    + page.locator("body").innerText(), notShown);
        }
    }

    @Test
    void a_walked_away_resident_leaves_no_trace() {
        open("/kiosk/tra-phuong/guide/lua-dao/3");
        page.locator(".language-switch").click();
        assertThat(page.locator(".step-counter")).hasText("Step 3 / 5");
        String sessionBefore = sessionCookie();

        page.clock().fastForward(119_000);
        assertThat(page.locator(".idle-warning")).hasCount(0);
        page.clock().fastForward(2_000);
        assertThat(page.locator(".idle-continue")).isVisible();
        assertThat(page.locator(".idle-seconds")).hasText(Pattern.compile("^(30|29)$"));
        page.clock().fastForward(10_000);
        assertThat(page.locator(".idle-seconds")).hasText(Pattern.compile("^(20|19)$"));
        page.locator(".idle-warning:not([opening])").waitFor(ATTACHED); // the opening animation is over
        screenshot("05-idle-warning");

        page.clock().fastForward(21_000);
        attractScreenIsBack("06-idle-reset");
        screenshot("06-after-idle-reset");

        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("VNeID giả").doesNotContain("Fake VNeID").doesNotContain("Step 3");
        assertThat(page.content()).doesNotContain("lua-dao").doesNotContain("step-counter");
        // Vaadin's development mode (tests run in it) keeps its own usage counter in localStorage;
        // the production bundle does not. Anything else would be left from the resident.
        assertThat(page.evaluate("() => Object.keys(sessionStorage).concat(Object.keys(localStorage))"
                + ".filter(k => k !== 'vaadin.statistics.basket')").toString()).as("keys in browser storage").isEqualTo("[]");
        assertThat(page.evaluate("() => JSON.stringify(sessionStorage) + JSON.stringify(localStorage)").toString())
                .doesNotContain("lua-dao").doesNotContain("guide");
        assertThat(sessionCookie()).as("the server session was dropped").isNotEqualTo(sessionBefore);
    }

    @Test
    void a_half_typed_booking_is_gone_after_the_idle_reset() {
        open("/kiosk/tra-phuong/book");
        halfTypeABookingName();

        page.clock().fastForward(121_000);
        page.locator(".idle-continue").waitFor();
        page.clock().fastForward(31_000);
        attractScreenIsBack("07-booking-reset");
        assertThat(page.content()).doesNotContain("HÔA");

        open("/kiosk/tra-phuong/book");
        assertThat(page.locator("h1")).hasText("Bạn cần giúp về việc gì?");
        page.goBack();
        assertThat(page.content()).doesNotContain("HÔA");
    }

    @Test
    void continue_keeps_the_resident_on_their_step() {
        open("/kiosk/tra-phuong/guide/vneid-muc-1/2");
        page.clock().fastForward(121_000);
        page.locator(".idle-continue").click();

        assertThat(page.locator(".idle-continue")).hasCount(0);
        page.clock().fastForward(60_000);
        assertThat(page.locator(".step-counter")).hasText("Bước 2 / 6");

        page.clock().fastForward(61_000);
        assertThat(page.locator(".idle-continue")).isVisible();
    }

    @Test
    void touching_the_screen_restarts_the_idle_time() {
        open("/kiosk/tra-phuong/home");
        page.clock().fastForward(100_000);
        page.locator("h1").click();
        page.clock().fastForward(100_000);
        assertThat(page.locator(".idle-continue")).hasCount(0);
        page.clock().fastForward(21_000);
        assertThat(page.locator(".idle-continue")).isVisible();
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }
}
