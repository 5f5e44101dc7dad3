package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.guide.StepVoices;

/**
 * A step read aloud in a real Chromium launched as a kiosk's is (README "Voice": with
 * {@code --autoplay-policy=no-user-gesture-required}): the audio really plays, its button shows it and
 * stops it, the slower and softer choices hold from step to step, another step stops it, and a kiosk
 * set to {@code read_aloud} plays each step as it opens, and one that is not stays silent until tapped.
 * Headless Chromium here also played a step by itself without the flag (2026-12-05): this journey cannot
 * show that the flag is needed; a kiosk's headed Chromium refuses sound no one asked for without it (STACK.md).
 */
class VoicePlaybackJourneyTest extends BrowserJourney {

    /** Hides BrowserJourney's launch: this class's Chromium is started with the kiosk's autoplay flag. */
    @BeforeAll
    static void launchChromium() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright, "--autoplay-policy=no-user-gesture-required");
    }

    @Autowired
    StepVoices voices;

    @BeforeEach
    void stepsReadAloudMade() throws Exception {
        voices.prepared().get(2, TimeUnit.MINUTES); // made in the background at start
        context.addInitScript("""
                window.listened = 0;
                document.addEventListener('kiosk-listen-played', e => {
                  if (e.target.classList.contains('listen-button')) window.listened++;
                });
                """);
    }

    @Test
    void a_resident_taps_listen_hears_the_step_slower_and_softer_and_stops_it() {
        open("/kiosk/tra-phuong/guide/vneid-muc-2/4");
        Locator listen = page.locator(".listen-button");
        assertThat(listen).hasText("Nghe");
        assertThat(listen).hasAttribute("aria-pressed", "false");
        page.waitForTimeout(1_000);
        assertThat(page.evaluate("document.querySelector('audio.step-audio').paused")).as("tra-phuong does not read aloud by itself")
                .isEqualTo(true);

        listen.click();
        playing();
        assertThat(listen).hasText("Dừng");
        assertThat(listen).hasAttribute("aria-pressed", "true");
        assertThat(listen).hasClass(java.util.regex.Pattern.compile("playing"));
        assertThat(page.evaluate("window.listened")).as("the start told to the page once").isEqualTo(1);
        screenshot("voice-01-playing");

        page.locator(".listen-slow").click();
        page.locator(".listen-softer").click();
        assertThat(page.locator(".listen-slow")).hasAttribute("aria-pressed", "true");
        assertThat(page.evaluate("[document.querySelector('audio.step-audio').playbackRate, document.querySelector('audio.step-audio').volume]"))
                .isEqualTo(java.util.List.of(0.75, 0.4));
        assertThat(page.locator(".listen-softer").boundingBox().height).as("a finger's target").isGreaterThanOrEqualTo(64);

        listen.click();
        assertThat(listen).hasText("Nghe");
        assertThat(listen).hasAttribute("aria-pressed", "false");
        assertThat(page.evaluate("document.querySelector('audio.step-audio').paused")).isEqualTo(true);

        listen.click();
        playing();
        page.evaluate("window.before = document.querySelector('audio.step-audio')");
        page.locator(".next-button").click();
        assertThat(page.locator(".step-counter")).hasText("Bước 5 / 8");
        assertThat(page.evaluate("window.before.paused")).as("leaving the step stops it").isEqualTo(true);
        assertThat(page.locator(".listen-button")).hasText("Nghe");
        assertThat(page.locator(".listen-slow")).hasAttribute("aria-pressed", "true"); // the choice holds for the visit
        page.locator(".listen-button").click();
        playing();
        assertThat(page.evaluate("[document.querySelector('audio.step-audio').playbackRate, document.querySelector('audio.step-audio').volume]"))
                .isEqualTo(java.util.List.of(0.75, 0.4));
    }

    @Test
    void a_kiosk_set_to_read_aloud_reads_each_step_as_it_opens() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(LANDSCAPE_W, LANDSCAPE_H).setLocale("vi-VN"));
        enrolAsKiosk(context, "van-la"); // kiosk-config/kiosks/van-la.yaml: read_aloud: true
        page = context.newPage();

        open("/kiosk/van-la/guide/vneid-muc-2/1");
        playing();
        assertThat(page.locator(".listen-button")).hasText("Dừng");
        screenshot("voice-02-read-aloud");
    }

    /** The step's audio element is playing: not paused, and its time moves on. */
    private void playing() {
        page.waitForFunction("() => { const a = document.querySelector('audio.step-audio'); return a && !a.paused && a.currentTime > 0.2; }");
        double at = ((Number) page.evaluate("document.querySelector('audio.step-audio').currentTime")).doubleValue();
        page.waitForFunction("t => document.querySelector('audio.step-audio').currentTime > t + 0.3", at);
    }
}
