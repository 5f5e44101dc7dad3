package vn.tramso.concern.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.TestKiosks;

/** A resident sends a concern at the kiosk: consent first, a category tile, the letter keypad, no name, a phone only if they want. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class ConcernKioskViewTest extends SpringBrowserlessTest {

    @Autowired
    TestKiosks kiosks;
    @Autowired
    JdbcClient jdbc;

    private KioskAccess kiosk;

    @BeforeEach
    void atTheKioskOfTraPhuong() {
        kiosk = kiosks.openHere("tra-phuong");
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 5, 1, 0, 0).plusHours(System.nanoTime() % 5_000));
    }

    @Test
    void a_resident_sends_a_concern_without_a_name_and_it_reaches_the_commune() {
        navigate("kiosk/tra-phuong/gop-y", ConcernKioskView.class);
        assertThat(text()).contains("Không cần ghi tên");
        tap("concern-agree");
        tap("category-roads-lighting");
        assertThat(button("concern-text-next").isEnabled()).isFalse();
        for (String key : new String[] {"key-Đ", "key-E", "key-N", "key-space", "key-H", "key-O", "key-N", "key-G"}) {
            tap(key);
        }
        tap("concern-text-next");
        tap("concern-send");

        assertThat(text()).contains("Đã gửi ý kiến của bạn");
        assertThat(jdbc.sql("""
                        SELECT CONCAT(status, ' ', source, ' ', category, ' ', text, ' ', recorded_by IS NULL, ' ', contact_phone IS NULL)
                        FROM concern WHERE village_id = :v ORDER BY id DESC LIMIT 1""")
                .param("v", kiosk.villageId()).query(String.class).single())
                .isEqualTo("FORWARDED KIOSK ROADS_LIGHTING ĐEN HONG 1 1");
    }

    @Test
    void a_phone_for_the_answer_is_kept_only_when_the_resident_types_a_valid_one() {
        navigate("kiosk/tra-phuong/gop-y", ConcernKioskView.class);
        tap("concern-agree");
        tap("category-other");
        for (String key : new String[] {"key-C", "key-Â", "key-U", "key-space", "key-H", "key-O"}) {
            tap(key);
        }
        tap("concern-text-next");
        assertThat(button("concern-send-phone").isEnabled()).isFalse();
        for (char digit : "0912345678".toCharArray()) {
            tap("key-" + digit);
        }
        tap("concern-send-phone");

        assertThat(jdbc.sql("SELECT contact_phone FROM concern WHERE village_id = :v ORDER BY id DESC LIMIT 1")
                .param("v", kiosk.villageId()).query(String.class).single()).isEqualTo("0912345678");
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
