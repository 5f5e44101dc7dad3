package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

        signIn("admin", "sai-mat-khau");
        page.waitForURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator(".reload-button")).hasCount(0);
    }

    @Test
    void a_volunteer_lands_in_the_volunteer_area_and_cannot_open_the_admin_area() {
        page.navigate(url("/login"));
        signIn("tnv.traphuong", "demo1234");
        page.waitForURL(Pattern.compile(".*/volunteer$"));
        assertThat(page.locator(".staff-greeting h1")).containsText("Tình nguyện viên thôn Trà Phương");

        page.navigate(url("/admin"));
        assertThat(page.locator("h1")).hasText("Không có trang này");
        assertThat(page.locator(".reload-button")).hasCount(0);
        assertThat(page.locator(".staff-greeting, .admin")).hasCount(0);
    }

    @Test
    void an_admin_reaches_the_content_reload() {
        page.navigate(url("/admin"));
        page.waitForURL(Pattern.compile(".*/login$"));
        signIn("admin", "demo1234");
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

    private void signIn(String username, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form [theme~=submit]").first().click();
    }
}
