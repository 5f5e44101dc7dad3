package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.api.Test;
import vn.tramso.base.QrCodes;
import vn.tramso.base.QrFiles;

/** A resident walks through the VNeID level-2 guide by touch, forwards and back. */
class ResidentGuideJourneyTest extends BrowserJourney {

    @Test
    void a_resident_goes_through_every_step_of_the_level_two_guide_and_back() {
        open("/kiosk/tra-phuong");
        screenshot("01-attract");
        page.locator(".start-button").click();

        assertThat(page.locator("h1")).hasText("Bạn cần giúp việc gì?");
        screenshot("02-home");
        page.locator(".topic-tile.topic-vneid").click();

        assertThat(page.locator("h1")).hasText("Định danh điện tử VNeID");
        page.locator("[data-guide=vneid-muc-2]").click();

        for (int step = 1; step <= 8; step++) {
            assertThat(page.locator(".step-counter")).hasText("Bước " + step + " / 8");
            assertThat(page).hasURL(url("/kiosk/tra-phuong/guide/vneid-muc-2/" + step));
            picturesLoaded();
            byte[] shot = screenshot(String.format("03-vneid-muc-2-step-%d", step));
            if (step == 4) {
                assertThat(page.locator(".step-warning")).containsText("kể cả người đang giúp bạn");
                assertThat(QrCodes.decode(image(shot))).as("QR code on the step, read from the screenshot")
                        .contains("https://vneid.gov.vn");
                APIResponse file = page.request().get(url(page.locator("img.qr-code").getAttribute("src")));
                assertThat(file.status()).isEqualTo(200);
                assertThat(file.headers().get("content-type")).startsWith("image/svg+xml");
                assertThat(QrFiles.decode(file.body())).as("QR code on the step, read from the file it is served as")
                        .contains("https://vneid.gov.vn");
            }
            if (step < 8) {
                page.locator(".next-button").click();
            }
        }
        assertThat(page.locator(".done-button")).isVisible();

        for (int step = 7; step >= 1; step--) {
            page.locator(".back-button").click();
            assertThat(page.locator(".step-counter")).hasText("Bước " + step + " / 8");
        }
        page.locator(".back-button").click();
        assertThat(page).hasURL(url("/kiosk/tra-phuong/topic/vneid"));
    }

    @Test
    void the_browser_back_button_and_reload_keep_the_resident_where_they_were() {
        open("/kiosk/tra-phuong/guide/dvc-nop-ho-so/2");
        page.locator(".next-button").click();
        assertThat(page.locator(".step-counter")).hasText("Bước 3 / 6");
        settle();

        page.goBack();
        assertThat(page.locator(".step-counter")).hasText("Bước 2 / 6");
        settle();
        page.goForward();
        assertThat(page.locator(".step-counter")).hasText("Bước 3 / 6");
        settle();
        page.reload();
        assertThat(page.locator(".step-counter")).hasText("Bước 3 / 6");
    }

    @Test
    void english_is_chosen_with_one_touch_and_the_qr_code_still_opens_the_official_page() {
        open("/kiosk/tra-phuong/guide/dvc-dang-nhap/1");
        page.locator(".language-switch").click();

        assertThat(page.locator(".step-counter")).hasText("Step 1 / 4");
        assertThat(page.locator("h1")).hasText("Open the portal");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("img.qr-code")).hasAttribute("alt", "QR code opening the official page");
        picturesLoaded();
        assertThat(QrCodes.decode(image(screenshot("04-english-step")))).contains("https://dichvucong.gov.vn");
    }

    @Test
    void kiosk_pages_are_never_stored_by_the_browser() {
        var response = page.navigate(url("/kiosk/tra-phuong/guide/vneid-muc-2/1"));
        assertThat(response.headers().get("cache-control")).isEqualTo("no-store");
    }
}
