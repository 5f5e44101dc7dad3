package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Staff areas need a signed-in user from the database, and each role reaches only its own area.
 * Kiosk screens stay open to anyone.
 */
class StaffSignInJourneyTest extends BrowserJourney {

    @Test
    void the_admin_area_asks_for_sign_in_and_a_wrong_password_is_refused() {
        page.navigate(url("/admin"));
        page.waitForURL(Pattern.compile(".*/login$"));

        signIn(page, "admin", "sai-mat-khau");
        page.waitForURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator(".reload-button")).hasCount(0);
    }

    @Test
    void a_volunteer_lands_in_the_volunteer_area_and_cannot_open_the_admin_area() {
        page.navigate(url("/login"));
        signIn(page, "tnv.traphuong", "demo1234");
        page.waitForURL(Pattern.compile(".*/volunteer$"));
        assertThat(page.locator(".queue-view h1")).containsText("Nhà văn hóa thôn Trà Phương");

        page.navigate(url("/admin"));
        assertThat(page.locator("h1")).hasText("Không có trang này");
        assertThat(page.locator(".reload-button")).hasCount(0);
        assertThat(page.locator(".staff-greeting, .admin")).hasCount(0);
    }

    @Test
    void the_volunteer_screens_pass_axe() {
        page.navigate(url("/login"));
        signIn(page, "tnv.traphuong", "demo1234");
        page.locator(".call-next").waitFor();
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
        List<String> failures = new ArrayList<>(serious("queue"));
        page.navigate(url("/volunteer/schedule"));
        page.locator(".weekly-list").waitFor();
        failures.addAll(serious("schedule"));
        assertThat(failures).isEmpty();
    }

    private List<String> serious(String screen) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> screen + ": " + v.getId() + " " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList())
                .toList();
    }

    @Test
    void an_admin_reaches_the_content_reload() {
        page.navigate(url("/admin"));
        page.waitForURL(Pattern.compile(".*/login$"));
        signIn(page, "admin", "demo1234");
        page.waitForURL(Pattern.compile(".*/admin(\\?continue)?$")); // Spring Security's saved request
        assertThat(page.locator(".reload-button")).isVisible();
        screenshot("09-admin");
    }

    @Test
    void the_kiosk_needs_no_sign_in_not_even_at_a_mistyped_address() {
        open("/kiosk/tra-phuong/home");
        assertThat(page).hasURL(Pattern.compile(".*/kiosk/tra-phuong/home$"));

        open("/kiosk/tra-phuong/khong-co-trang-nay");
        assertThat(page.locator("h1")).hasText("Không có trang này");
        assertThat(page).hasURL(Pattern.compile(".*/kiosk/tra-phuong/khong-co-trang-nay$"));
    }
}
