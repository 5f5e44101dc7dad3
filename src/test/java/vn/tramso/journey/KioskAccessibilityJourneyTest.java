package vn.tramso.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramso.TestDatabase;

/**
 * Every kiosk screen, in portrait (1080×1920) and landscape (1920×1080): no serious or critical
 * axe-core violation, every touch target at least 64 px, every text at least 20 px.
 */
class KioskAccessibilityJourneyTest extends BrowserJourney {

    private static final List<String> SCREENS = List.of(
            "/kiosk/tra-phuong",
            "/kiosk/tra-phuong/home",
            "/kiosk/tra-phuong/topic/vneid",
            "/kiosk/tra-phuong/guide/vneid-muc-2/4",
            "/kiosk/tra-phuong/guide/vneid-muc-2/8",
            "/kiosk/tra-phuong/guide/thanh-toan-an-toan/3?lang=en",
            "/kiosk/tra-phuong/khong-co-trang-nay",
            "/kiosk/tra-phuong/my-booking",
            "/kiosk/tra-phuong/canh-bao",
            "/kiosk/tra-phuong/gop-y",
            "/kiosk/tra-phuong/messages",
            // a refusal (base.ui.KioskRefusal) at a rating page's English path (decision 012): a public key nobody was given
            "/rating/public/khong-co-ma-nay");

    private static final String SMALL_TARGETS = """
            () => [...document.querySelectorAll('.kiosk vaadin-button, vaadin-dialog vaadin-button')]
                .filter(b => b.offsetParent !== null || b.getClientRects().length)
                .map(b => ({text: b.innerText.trim(), r: b.getBoundingClientRect()}))
                .filter(b => b.r.width < 64 || b.r.height < 64)
                .map(b => b.text + ' ' + Math.round(b.r.width) + 'x' + Math.round(b.r.height))
            """;
    private static final String SMALL_TEXT = """
            () => {
              const small = [];
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const node = walker.currentNode, text = node.textContent.trim();
                const el = node.parentElement;
                if (!text || !el || !el.getClientRects().length || el.closest('svg, [aria-hidden=true]')) continue;
                const size = parseFloat(getComputedStyle(el).fontSize);
                if (size < 20) small.push(text.slice(0, 30) + ' ' + size + 'px');
              }
              return small;
            }
            """;

    @Test
    void every_kiosk_screen_passes_axe_and_is_large_enough_for_a_finger_in_both_orientations() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        List<String> failures = new ArrayList<>();
        for (int[] size : List.of(new int[] {LANDSCAPE_W, LANDSCAPE_H}, new int[] {1080, 1920})) {
            page.setViewportSize(size[0], size[1]);
            String orientation = size[0] > size[1] ? "landscape" : "portrait";
            for (String screen : SCREENS) {
                open(screen);
                check(screen + " (" + orientation + ")", failures);
            }
            bookingScreens(orientation, failures);
            ratingScreens(orientation, failures);
            open("/kiosk/tra-phuong/guide/vneid-muc-2/4");
            screenshot("08-step-" + orientation);
        }
        assertThat(failures).isEmpty();
    }

    /** Every screen of booking help, reached by touch from a guide step's "I need help". */
    private void bookingScreens(String orientation, List<String> failures) {
        open("/kiosk/tra-phuong/guide/vneid-muc-2/2");
        page.locator(".help-button").click();
        step("booking: when", ".walk-in-choice", orientation, failures);
        page.locator(".back-button").click();
        step("booking: topic", ".topic-choice", orientation, failures);
        page.locator(".topic-vneid").click();
        page.locator(".day-choice").first().click();
        step("booking: time", ".time-choice", orientation, failures);
        page.locator(".time-choice:not([disabled])").first().click();
        step("booking: identify", ".scan-choice", orientation, failures);
        page.locator(".scan-choice").click();
        step("booking: consent", ".consent-agree", orientation, failures);
        page.locator(".consent-agree").click();
        page.locator(".scan-message").filter(new Locator.FilterOptions().setHasText("máy ảnh")).waitFor();
        step("booking: scan without a camera", ".type-instead", orientation, failures);
        page.locator(".type-instead").click();
        for (String key : List.of("B", "A")) {
            page.locator(".key-" + key).click();
        }
        step("booking: name keypad", ".name-next:not([disabled])", orientation, failures);
        page.locator(".name-next").click();
        for (char digit : "0912345678".toCharArray()) {
            page.locator(".key-" + digit).click();
        }
        step("booking: phone pad", ".phone-next:not([disabled])", orientation, failures);
        page.locator(".phone-next").click();
        step("booking: confirm", ".confirm-booking", orientation, failures);
        page.locator(".confirm-booking").click();
        step("booking: ticket", ".ticket-code", orientation, failures);
        screenshot("07-ticket-" + orientation);
    }

    /** Every screen of a rating at the kiosk, down to the text after a low score. */
    private void ratingScreens(String orientation, List<String> failures) {
        open("/kiosk/tra-phuong/danh-gia");
        step("rating: here or by phone", ".link-qr-code svg", orientation, failures);
        page.locator(".rating-here").click();
        step("rating: done today?", ".rating-done-no", orientation, failures);
        page.locator(".rating-done-no").click();
        step("rating: faces", ".face-2", orientation, failures);
        screenshot("09-rating-faces-" + orientation);
        page.locator(".face-2").click();
        step("rating: reasons", ".rating-reasons-next", orientation, failures);
        page.locator(".rating-reasons-next").click();
        step("rating: text", ".rating-send", orientation, failures);
    }

    private void step(String name, String waitFor, String orientation, List<String> failures) {
        page.locator(waitFor).first().waitFor(FIRST_RENDER);
        check(name + " (" + orientation + ")", failures);
    }

    @Test
    void the_idle_warning_passes_axe_and_its_button_is_large() {
        page.clock().install();
        open("/kiosk/tra-phuong/guide/vneid-muc-2/3");
        page.clock().fastForward(121_000);
        page.locator(".idle-continue").waitFor();
        List<String> failures = new ArrayList<>();
        check("idle warning", failures);
        assertThat(failures).isEmpty();
    }

    private void check(String screen, List<String> failures) {
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze();
        for (Rule v : results.getViolations()) {
            if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                failures.add(screen + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList());
            }
        }
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate(SMALL_TARGETS);
        small.forEach(s -> failures.add(screen + ": touch target under 64 px: " + s));
        @SuppressWarnings("unchecked")
        List<String> tiny = (List<String>) page.evaluate(SMALL_TEXT);
        tiny.forEach(s -> failures.add(screen + ": text under 20 px: " + s));
    }

}
