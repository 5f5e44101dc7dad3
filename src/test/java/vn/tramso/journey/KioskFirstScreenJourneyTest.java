package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The attract screen on a slow link (issue 23): the page's HTML draws it, so a kiosk shows it before
 * the client engine has arrived, a touch on its start button then still opens the home screen, and
 * the engine's live screen takes its place without anything moving.
 */
class KioskFirstScreenJourneyTest extends BrowserJourney {

    private static final List<String> PARTS = List.of(".kiosk-place", ".language-switch", "h1", ".lead", ".attract-tiles",
            ".start-button", ".kiosk-contact", ".help-button");

    @Test
    void the_page_draws_the_attract_screen_before_any_script_and_its_start_button_opens_the_home_screen() {
        withoutScripts(page);
        page.navigate(url("/kiosk/tra-phuong"));

        assertThat(page.locator("h1")).hasText("Trạm Số của thôn");
        assertThat(page.locator(".kiosk-place")).not().isEmpty();
        assertThat(page.locator(".attract-tile").first()).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        assertThat(page).hasTitle("Trạm Số của thôn – Trạm Số");
        assertThat(page.locator(".language-switch")).hasAttribute("href", "kiosk/tra-phuong?lang=en");
        assertThat(page.locator(".help-button")).hasText("Tôi cần giúp đỡ");
        screenshot("first-screen-01-drawn-by-the-page");

        page.locator(".start-button").click();
        assertThat(page).hasURL(url("/kiosk/tra-phuong/home"));
    }

    @Test
    void the_page_draws_the_english_screen_when_english_was_chosen() {
        withoutScripts(page);
        page.navigate(url("/kiosk/tra-phuong?lang=en"));

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator(".start-button")).hasAttribute("href", "kiosk/tra-phuong/home?lang=en");
        assertThat(page.locator(".language-switch")).hasAttribute("href", "kiosk/tra-phuong");
    }

    @Test
    void the_live_screen_takes_the_drawn_ones_place_without_a_jump() {
        Page drawn = context.newPage();
        withoutScripts(drawn);
        drawn.navigate(url("/kiosk/tra-phuong"));
        Map<String, BoundingBox> before = boxes(drawn);

        page.addInitScript("""
                window.layoutShift = 0;
                new PerformanceObserver(list => list.getEntries().forEach(e => window.layoutShift += e.value))
                    .observe({type: 'layout-shift', buffered: true});
                """);
        open("/kiosk/tra-phuong");
        assertThat(page.locator(".first-screen")).hasCount(0);
        assertThat(page.locator("h1")).hasCount(1);
        screenshot("first-screen-02-live");

        Map<String, BoundingBox> after = boxes(page);
        for (String part : PARTS) {
            BoundingBox a = before.get(part);
            BoundingBox b = after.get(part);
            assertThat(new double[] {b.x, b.y, b.width, b.height}).as(part + ": the live screen's box against the drawn one's")
                    .containsExactly(new double[] {a.x, a.y, a.width, a.height}, offset(1.0));
        }
        assertThat(((Number) page.evaluate("window.layoutShift")).doubleValue()).as("cumulative layout shift").isZero();
    }

    /** The page as on a link where the client engine has not arrived yet: no script runs. */
    private static void withoutScripts(Page page) {
        page.route("**/*", route -> {
            if ("script".equals(route.request().resourceType())) {
                route.abort();
            } else {
                route.resume();
            }
        });
    }

    private static Map<String, BoundingBox> boxes(Page page) {
        Map<String, BoundingBox> boxes = new LinkedHashMap<>();
        for (String part : PARTS) {
            boxes.put(part, page.locator(part).first().boundingBox());
        }
        return boxes;
    }
}
