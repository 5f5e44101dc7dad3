package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import vn.tramso.TestDatabase;

/**
 * The kiosk on the screens cultural houses have: the 1080×1920 portrait kiosk, a 1920×1080
 * television, a 1366×768 all-in-one PC and a 10-inch tablet (800×1280). At each size a resident
 * walks from the attract screen through a guide's steps and books help down to the ticket; on
 * every screen the way on, the way back and "Tôi cần giúp đỡ" lie wholly on the screen without
 * scrolling (not cut off by a box that scrolls either), every touch target is at least 64 px,
 * every text at least 20 px, and nothing scrolls sideways. Fails with the offenders, screen by
 * screen and size by size. A step's QR code, shrunk on short screens, still reads. One screenshot
 * per size and kind of screen.
 */
class KioskScreenSizesJourneyTest extends BrowserJourney {

    private static final List<int[]> SIZES = List.of(new int[] {1080, 1920}, new int[] {1920, 1080}, new int[] {1366, 768},
            new int[] {800, 1280});

    /**
     * What keeps a resident from using a screen, read in the page: each given selector's first
     * visible element outside the screen or cut off by a box that scrolls; visible targets under
     * 64 px; visible text under 20 px; a page wider than the screen.
     */
    private static final String CHECK = """
            (must) => {
              const out = [];
              const W = innerWidth, H = innerHeight;
              const shown = el => el.checkVisibility({checkVisibilityCSS: true}) && el.getClientRects().length;
              const px = r => Math.round(r.left) + ',' + Math.round(r.top) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height);
              for (const selector of must) {
                const el = [...document.querySelectorAll(selector)].find(shown);
                if (!el) { out.push('missing: ' + selector); continue; }
                const r = el.getBoundingClientRect();
                if (r.top < -0.5 || r.left < -0.5 || r.bottom > H + 0.5 || r.right > W + 0.5) {
                  out.push('off the screen: ' + selector + ' at ' + px(r) + ' on ' + W + 'x' + H);
                  continue;
                }
                for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
                  const style = getComputedStyle(box);
                  if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
                  const b = box.getBoundingClientRect();
                  if (r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5 || r.left < b.left - 0.5 || r.right > b.right + 0.5) {
                    out.push('scrolled out of sight: ' + selector + ' at ' + px(r) + ' in .' + box.className + ' at ' + px(b));
                    break;
                  }
                }
              }
              for (const b of document.querySelectorAll('.kiosk vaadin-button, .kiosk a[href], vaadin-dialog vaadin-button')) {
                if (!shown(b)) continue;
                const r = b.getBoundingClientRect();
                if (r.width < 64 || r.height < 64) out.push('target under 64 px: "' + b.innerText.trim().slice(0, 30) + '" ' + px(r));
              }
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) {
                const text = walker.currentNode.textContent.trim(), el = walker.currentNode.parentElement;
                if (!text || !el || !shown(el) || el.closest('svg, [aria-hidden=true]')) continue;
                const size = parseFloat(getComputedStyle(el).fontSize);
                if (size < 20) out.push('text under 20 px: "' + text.slice(0, 30) + '" ' + size + ' px');
              }
              const doc = document.scrollingElement;
              if (doc.scrollWidth > doc.clientWidth + 1) out.push('scrolls sideways: ' + doc.scrollWidth + ' px in ' + doc.clientWidth);
              return out;
            }
            """;

    @Test
    void at_every_screen_size_a_resident_sees_the_way_on_the_way_back_and_help_without_scrolling() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 23, 9, 0));
        List<String> offenders = new ArrayList<>();
        int resident = 0;
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            String at = size[0] + "x" + size[1];
            guide(at, offenders);
            booking(at, List.of("BA", "LAN", "HA", "AN").get(resident), "091234567" + resident, offenders);
            resident++;
        }
        Assertions.assertThat(offenders).as("%d things a resident must scroll to, cannot hit or cannot read:%n%s",
                offenders.size(), String.join("\n", offenders)).isEmpty();
    }

    /** From the attract screen to a guide's last step, forwards only. */
    private void guide(String at, List<String> offenders) {
        open("/kiosk/tra-phuong");
        check(at, "attract", List.of(".start-button"), offenders);
        page.locator(".start-button").click();
        assertThat(page.locator("h1")).hasText("Bạn cần giúp việc gì?");
        check(at, "home", List.of(".help-button", ".topic-tile"), offenders);
        page.locator(".topic-tile.topic-vneid").click();
        page.locator("[data-guide=vneid-muc-2]").waitFor();
        check(at, "guide-list", List.of(".help-button", "[data-guide]", ".back-button"), offenders);
        page.locator("[data-guide=vneid-muc-2]").click();
        for (int step = 1; step <= 8; step++) {
            assertThat(page.locator(".step-counter")).hasText("Bước " + step + " / 8");
            String name = step == 1 || step == 4 ? "step-" + step : null; // step 4 shows a QR code and a warning
            check(at, name == null ? "step-" + step : name, List.of(".help-button", ".back-button",
                    step < 8 ? ".next-button" : ".done-button"), offenders, name != null);
            if (step == 4) {
                Assertions.assertThat(readQr(page.locator(".step-qr .qr-code"))).as("the step's QR code at " + at)
                        .startsWith("https://vneid.gov.vn");
            }
            if (step < 8) {
                page.locator(".next-button").click();
            }
        }
    }

    /** Booking help from a step's "Tôi cần giúp đỡ": when, topic, day, time, how, name, phone, confirm, ticket. */
    private void booking(String at, String name, String phone, List<String> offenders) {
        page.locator(".help-button").click();
        page.locator(".walk-in-choice").waitFor();
        check(at, "book-when", List.of(".back-button", ".walk-in-choice"), offenders);
        page.locator(".back-button").click();
        page.locator(".topic-choice").first().waitFor();
        check(at, "book-topic", List.of(".back-button", ".topic-choice"), offenders);
        page.locator(".topic-choice.topic-vneid").click();
        page.locator(".day-choice").first().click();
        page.locator(".time-choice").first().waitFor();
        check(at, "book-time", List.of(".back-button", ".time-choice"), offenders);
        page.locator(".time-choice:not([disabled])").first().click();
        page.locator(".type-choice").waitFor();
        check(at, "book-identify", List.of(".back-button", ".type-choice"), offenders);
        page.locator(".type-choice").click();
        for (char key : name.toCharArray()) {
            page.locator(".key-" + key).click();
        }
        page.locator(".name-next:not([disabled])").waitFor();
        check(at, "book-name", List.of(".back-button", ".name-next", ".key-delete"), offenders);
        page.locator(".name-next").click();
        for (char digit : phone.toCharArray()) {
            page.locator(".key-" + digit).click();
        }
        page.locator(".phone-next:not([disabled])").waitFor();
        check(at, "book-phone", List.of(".back-button", ".phone-next"), offenders);
        page.locator(".phone-next").click();
        page.locator(".confirm-booking").waitFor();
        check(at, "book-confirm", List.of(".back-button", ".confirm-booking"), offenders);
        page.locator(".confirm-booking").click();
        page.locator(".ticket-code").waitFor();
        check(at, "ticket", List.of(".ticket-done", ".ticket-number"), offenders);
    }

    private void check(String at, String screen, List<String> must, List<String> offenders) {
        check(at, screen, must, offenders, true);
    }

    private void check(String at, String screen, List<String> must, List<String> offenders, boolean screenshot) {
        settle();
        picturesLoaded(); // an image not yet loaded takes no room: measure the screen as a resident sees it
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(CHECK, must);
        found.forEach(o -> offenders.add(at + " " + screen + ": " + o));
        if (screenshot) {
            screenshot("size-" + at + "-" + screen);
        }
    }
}
