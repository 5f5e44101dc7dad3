package vn.tramso.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.IntegrationTest;
import vn.tramso.Screens;
import vn.tramso.TestDatabase;
import vn.tramso.notification.MessageChoices;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.TestKiosks;

/** At the kiosk a resident agrees to the commune's scam alerts by message: the sentence, a phone on the number pad, one tap. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class KioskMessagesViewTest extends SpringBrowserlessTest {

    private static final Class<Component> KIOSK_ALERTS_VIEW = Screens.named("vn.tramso.alert.ui.KioskAlertsView");

    @Autowired
    TestKiosks kiosks;
    @Autowired
    MessageChoices choices;
    @Autowired
    vn.tramso.place.Places places;

    private KioskAccess kiosk;

    @BeforeEach
    void atTheKioskOfTraPhuong() {
        kiosk = kiosks.openHere("tra-phuong");
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 6, 1, 10, 0));
    }

    @Test
    void from_the_alerts_screen_a_resident_agrees_with_one_tap_after_typing_their_phone_then_stops_the_alerts_the_same_way() {
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        navigate("kiosk/tra-phuong/canh-bao", KIOSK_ALERTS_VIEW);
        assertThat(button("alerts-by-message").getText()).isEqualTo("Nhận cảnh báo qua tin nhắn");
        navigate("kiosk/tra-phuong/messages", KioskMessagesView.class); // where the button goes (the browser's router, not here)

        tap("messages-join");
        assertThat(text()).contains("Tôi đồng ý nhận cảnh báo lừa đảo của Xã Hồng Quang");
        assertThat(button("messages-confirm").isEnabled()).as("no phone yet").isFalse();
        type(phone);
        tap("messages-confirm");

        assertThat(text()).contains("Đã ghi nhận").contains("Một tin xác nhận sẽ đến số của bạn");
        assertThat(text()).as("the number is not shown back").doesNotContain(phone.substring(4));
        assertThat(choices.alertSubscribers(communeId())).extracting(MessageChoices.Subscriber::phone).contains(phone);

        navigate("kiosk/tra-phuong/messages", KioskMessagesView.class);
        tap("messages-leave");
        type(phone);
        tap("messages-confirm");
        assertThat(choices.alertSubscribers(communeId())).extracting(MessageChoices.Subscriber::phone).doesNotContain(phone);
    }

    @Test
    void a_resident_refuses_every_message() {
        String phone = "08" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        navigate("kiosk/tra-phuong/messages", KioskMessagesView.class);
        tap("messages-refuse");
        type(phone);
        tap("messages-confirm");
        assertThat(text()).contains("không nhận tin nhắn nào");
        assertThat(choices.refusesAll(phone)).isTrue();
    }

    private long communeId() {
        return places.village(kiosk.villageId()).orElseThrow().communeId();
    }

    private void type(String digits) {
        for (char digit : digits.toCharArray()) {
            tap("key-" + digit);
        }
    }

    private void tap(String className) {
        test(button(className)).click();
    }

    private Button button(String className) {
        return $(Button.class).withClassName(className).first();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
