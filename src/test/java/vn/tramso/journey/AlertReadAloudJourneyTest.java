package vn.tramso.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.alert.Alerts;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.VoiceProperties;
import vn.tramso.base.ui.KioskNotices;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.place.Places;

/**
 * A kiosk with {@code read_alerts: true} reads a new alert aloud on its attract screen, in the browser,
 * by itself; it counts as read once it played (the browser says so), one the browser cannot play stays
 * unread without stopping the others, and a reload of the screen does not read it again (issue 24).
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
    @Autowired
    VoiceProperties voice;

    @Test
    void the_attract_screen_reads_a_new_alert_once_it_plays_and_one_it_cannot_play_stays_unread() throws Exception {
        String settings = Files.readString(KIOSK);
        List<Long> ids = new ArrayList<>();
        try {
            Files.writeString(KIOSK, settings + "read_alerts: true\n");
            assertThat(catalog.reload().succeeded()).isTrue();
            long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
            long commune = places.village("HY-HQ-TRA-PHUONG").orElseThrow().communeId();
            LocalDateTime now = LocalDateTime.now(TestDatabase.CLOCK);
            long played = staff.as("lanhdao.hongquang", () -> alerts.publish("Giả danh cán bộ bảo hiểm",
                    "Cán bộ bảo hiểm không gọi điện đòi chuyển tiền.", now, now.plusDays(1), List.of(commune), null));
            ids.add(played);
            long broken = staff.as("lanhdao.hongquang", () -> alerts.publish("Giả danh nhân viên điện lực",
                    "Điện lực không gọi điện đòi tiền.", now, now.plusDays(1), List.of(commune), null));
            ids.add(broken);
            String audio = awaitAudio(played);
            String missing = awaitAudio(broken);
            Files.delete(voice.dir().resolve(missing.substring(KioskAudio.PATH.length()))); // the newest, first in the queue, cannot play
            assertThat(notices.unread("tra-phuong", village)).as("not read before it plays").extracting(KioskNotices.Reading::noticeId)
                    .contains(played, broken);

            open("/kiosk/tra-phuong");
            page.waitForFunction("url => { const a = document.querySelector('audio.notice-reader');"
                    + " return a && a.src.endsWith(url) && a.currentTime > 0.5; }", audio, new Page.WaitForFunctionOptions().setTimeout(15_000));
            awaitRead(played, village);
            assertThat(notices.unread("tra-phuong", village)).as("the one that could not play stays unread, for the next minute")
                    .extracting(KioskNotices.Reading::noticeId).contains(broken).doesNotContain(played);

            open("/kiosk/tra-phuong");
            page.waitForTimeout(1500);
            assertThat((String) page.evaluate("() => document.querySelector('audio.notice-reader').src"))
                    .as("read once: not again after a reload").doesNotEndWith(audio);
        } finally {
            Files.writeString(KIOSK, settings);
            catalog.reload();
            for (long id : ids) {
                staff.run("lanhdao.hongquang", () -> alerts.withdraw(id));
            }
        }
    }

    /** The browser told the server the reading started playing: the kiosk counts it as read. */
    private void awaitRead(long id, long village) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (notices.unread("tra-phuong", village).stream().noneMatch(r -> r.noticeId() == id)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("alert " + id + " played but was not recorded as read");
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
