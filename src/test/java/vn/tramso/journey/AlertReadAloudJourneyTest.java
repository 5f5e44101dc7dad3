package vn.tramso.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.alert.Alerts;
import vn.tramso.base.ui.KioskNotices;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.place.Places;

/**
 * A kiosk with {@code read_alerts: true} reads a new alert aloud on its attract screen, in the browser,
 * by itself; a reload of the screen does not read it again (issue 24).
 */
class AlertReadAloudJourneyTest extends BrowserJourney {

    private static final Path KIOSK = Path.of("target", "kiosk-config-test", "kiosks", "tra-phuong.yaml");

    @Autowired
    Alerts alerts;
    @Autowired
    KioskNotices notices;
    @Autowired
    GuideCatalog catalog;
    @Autowired
    TestStaff staff;
    @Autowired
    Places places;

    @Test
    void the_attract_screen_reads_a_new_alert_once() throws Exception {
        String settings = Files.readString(KIOSK);
        Long id = null;
        try {
            Files.writeString(KIOSK, settings + "read_alerts: true\n");
            assertThat(catalog.reload().succeeded()).isTrue();
            long commune = places.village("HY-HQ-TRA-PHUONG").orElseThrow().communeId();
            LocalDateTime now = LocalDateTime.now(TestDatabase.CLOCK);
            long published = staff.as("lanhdao.hongquang", () -> alerts.publish("Giả danh cán bộ bảo hiểm",
                    "Cán bộ bảo hiểm không gọi điện đòi chuyển tiền.", now, now.plusDays(1), List.of(commune), null));
            id = published;
            String audio = awaitAudio(published);

            open("/kiosk/tra-phuong");
            page.waitForFunction("url => { const a = document.querySelector('audio.notice-reader');"
                    + " return a && a.src.endsWith(url) && a.currentTime > 0.5; }", audio, new Page.WaitForFunctionOptions().setTimeout(15_000));

            open("/kiosk/tra-phuong");
            page.waitForTimeout(1500);
            assertThat(page.evaluate("() => document.querySelector('audio.notice-reader').getAttribute('src')"))
                    .as("read once: not again after a reload").isNull();
        } finally {
            Files.writeString(KIOSK, settings);
            catalog.reload();
            if (id != null) {
                long withdrawn = id;
                staff.run("lanhdao.hongquang", () -> alerts.withdraw(withdrawn));
            }
        }
    }

    private String awaitAudio(long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var url = notices.audio(id, "tra-phuong");
            if (url.isPresent()) {
                return url.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no audio made for alert " + id);
    }
}
