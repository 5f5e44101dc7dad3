package vn.tramso.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.alert.Alerts;
import vn.tramso.place.Places;

/** An alert published by a commune leader appears on an open kiosk without a reload, and goes when withdrawn. */
class AlertJourneyTest extends BrowserJourney {

    @Autowired
    Alerts alerts;
    @Autowired
    TestStaff staff;
    @Autowired
    Places places;

    @Test
    void a_published_alert_appears_on_the_open_kiosk_and_goes_when_withdrawn() {
        open("/kiosk/tra-phuong");
        assertThat(page.locator(".notice-banner")).isHidden();
        long commune = places.village("HY-HQ-TRA-PHUONG").orElseThrow().communeId();
        LocalDateTime now = LocalDateTime.now(TestDatabase.CLOCK);
        long id = staff.as("lanhdao.hongquang", () -> alerts.publish("Cuộc gọi giả danh công an",
                "Công an không gọi điện bắt cài ứng dụng hay chuyển tiền. Hãy cúp máy và báo công an xã.", now,
                now.plusDays(1), List.of(commune), null));
        try {
            assertThat(page.locator(".notice-banner")).containsText("Cuộc gọi giả danh công an");
            screenshot("14-kiosk-alert");
        } finally {
            staff.run("lanhdao.hongquang", () -> alerts.withdraw(id));
        }
        assertThat(page.locator(".notice-banner")).isHidden();
    }
}
