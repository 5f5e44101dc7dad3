package vn.tramso.alert.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.alert.Alerts;
import vn.tramso.base.ui.KioskNotices;
import vn.tramso.place.Places;
import vn.tramso.place.TestKiosks;
import vn.tramso.place.Village;

/** Issue 24 on screen: a resident's "Nghe" on each alert at the kiosk, a leader's download for the loudspeaker. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class AlertVoiceScreensTest extends SpringBrowserlessTest {

    @Autowired
    Alerts alerts;
    @Autowired
    KioskNotices notices;
    @Autowired
    TestStaff staff;
    @Autowired
    TestKiosks kiosks;
    @Autowired
    Places places;

    /** The alerts a test published, withdrawn after it: other tests expect a kiosk with no alert in force. */
    private final List<Long> published = new ArrayList<>();

    @AfterEach
    void withdrawWhatWasPublished() {
        for (long id : published) {
            staff.run("lanhdao.hongquang", () -> alerts.withdraw(id));
        }
    }

    @Test
    void each_alert_on_the_kiosks_alerts_screen_has_a_large_listen_button_playing_it() throws Exception {
        long id = publish("Giả danh nhân viên ngân hàng", "Ngân hàng không gọi điện đòi mã OTP.");
        String url = awaitAudio(id);
        kiosks.openHere("tra-phuong");

        navigate("kiosk/tra-phuong/alerts", KioskAlertsView.class);

        Div notice = $(Div.class).withClassName("notice-" + id).single();
        Button listen = $(Button.class, notice).withClassName("notice-listen").single();
        assertThat(listen.getText()).isEqualTo("Nghe");
        assertThat(listen.getClassNames()).as("a kiosk button: 64 px or more (kiosk.css)").contains("kiosk-button");
        assertThat(notice.getElement().getChildren().filter(c -> "audio".equals(c.getTag())).map(c -> c.getAttribute("src")).toList())
                .containsExactly(url);
    }

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void a_leader_gets_a_loudspeaker_download_for_each_alert_in_force() throws Exception {
        long id = publish("Lừa đảo tuyển cộng tác viên", "Không chuyển tiền để nhận việc làm online.");
        long commune = places.village("HY-HQ-TRA-PHUONG").orElseThrow().communeId();

        navigate(AlertsView.class);

        Div card = $(Div.class).withClassName("alert-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Lừa đảo tuyển cộng tác viên")).findFirst().orElseThrow();
        Anchor download = $(Anchor.class, card).withClassName("alert-loudspeaker-link").single();
        assertThat(download.getText()).isEqualTo("Tải âm thanh cho loa phát thanh");
        assertThat(download.getHref()).isEqualTo("/alert-audio/" + id + "/" + commune + ".wav");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
    }

    private long publish(String title, String text) {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        long id = staff.as("lanhdao.hongquang", () -> alerts.publish(title, text, null, LocalDateTime.now(TestDatabase.CLOCK).plusDays(2),
                List.of(tra.communeId()), null));
        published.add(id);
        return id;
    }

    /** The alert's audio is made in the background after the commit. */
    private String awaitAudio(long id) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < until) {
            var url = notices.audio(id, "tra-phuong");
            if (url.isPresent()) {
                return url.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no audio made for alert " + id);
    }
}
