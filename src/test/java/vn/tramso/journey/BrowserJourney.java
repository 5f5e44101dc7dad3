package vn.tramso.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tramso.IntegrationTest;
import vn.tramso.base.QrCodes;
import vn.tramso.place.TestKiosks;

/**
 * A real Chromium (Debian's, at /usr/bin/chromium or $CHROMIUM) driving the real app on real
 * MariaDB. Screenshots go to target/screenshots.
 */
@IntegrationTest
abstract class BrowserJourney {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final int LANDSCAPE_W = 1920;
    static final int LANDSCAPE_H = 1080;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    TestKiosks kiosks;

    /**
     * How long the first render of a page may take. Each test's browser context starts with an
     * empty cache, so the development bundle is fetched and evaluated again; under Playwright's
     * fake clock that takes 3-5 s on an idle two-core machine (measured: about 1 s without it) and
     * went past 15 s twice under the full suite's load. A render that never comes still fails.
     */
    static final Locator.WaitForOptions FIRST_RENDER = new Locator.WaitForOptions().setTimeout(45_000);

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchChromium() {
        // A loaded CI machine can take longer than Playwright's default 5 s for a first round trip
        // (a language's first render, a push connection); the page's own timeout is 15 s too.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = HeadlessChromium.playwright();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(LANDSCAPE_W, LANDSCAPE_H).setLocale("vi-VN"));
        context.setDefaultTimeout(15_000);
        enrolAsKiosk(context, "tra-phuong");
        page = context.newPage();
    }

    /** Makes the browser an enrolled kiosk, as if it had opened an enrolment code (see KioskEnrolmentJourneyTest). */
    void enrolAsKiosk(BrowserContext browser, String kiosk) {
        browser.addCookies(List.of(new Cookie("tramso_kiosk", kiosks.enrol(kiosk).token()).setDomain("localhost").setPath("/")
                .setHttpOnly(true)));
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Opens a page and waits until Vaadin has rendered the view and its client router has settled
     * (a touch in the first few milliseconds after load can otherwise replace the history entry
     * instead of adding one; no resident is that fast).
     */
    void open(String path) {
        page.navigate(url(path));
        page.locator(".kiosk-body").waitFor(FIRST_RENDER);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        settle();
    }

    /** Waits until every picture on the screen (served as a file, base.KioskAssets) has loaded and decoded. */
    void picturesLoaded() {
        page.waitForFunction("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
    }

    /**
     * Waits until Vaadin's client has no request in flight, as TestBench does between commands:
     * a person's next touch comes after the screen has changed.
     */
    void settle() {
        page.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    /** Fills Vaadin's sign-in form on the page and submits it. */
    static void signIn(Page page, String username, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [theme~=submit]").first().click();
    }

    /**
     * Reads the QR code shown in the element as a phone camera would: looking again for up to 10 s
     * while the screen settles (a code drawn after the page's address is known can be caught half
     * painted), then failing with what was on the screen.
     */
    String readQr(Locator element) {
        element.waitFor();
        long until = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Optional<String> text = QrCodes.decode(image(element.screenshot()));
            if (text.isPresent()) {
                return text.get();
            }
            if (System.nanoTime() > until) {
                element.page().screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("qr-unreadable.png")));
                throw new AssertionError("no QR code could be read in " + element);
            }
            element.page().waitForTimeout(200);
        }
    }

    byte[] screenshot(String name) {
        return page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On the booking screen: a topic, the first day and free time, a type, and a name half typed ("HÔA") on the kiosk's keypad. */
    void halfTypeABookingName() {
        page.locator(".topic-choice.topic-vneid").click();
        page.locator(".day-choice").first().click();
        page.locator(".time-choice:not([disabled])").first().click();
        page.locator(".type-choice").click();
        for (String key : new String[] {"H", "Ô", "A"}) {
            page.locator(".key-" + key).click();
        }
        PlaywrightAssertions.assertThat(page.locator(".keypad-display")).hasText("HÔA");
    }
}
