package vn.tramso.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.notification.Message;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.Outbox;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/** The leaders' outbox by touch: a failed message's card says why in words, shows the last 3 digits only, and sends it again. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class OutboxViewTest extends SpringBrowserlessTest {

    @Autowired
    Outbox outbox;
    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void a_leader_reads_why_a_message_failed_and_sends_it_again() {
        Village tra = places.village("HY-HQ-TRA-PHUONG").orElseThrow();
        LocalDate day = LocalDate.of(2036, 1, 1).plusDays(System.nanoTime() % 300);
        TestDatabase.CLOCK.set(day.atTime(10, 0));
        String key = "view:" + System.nanoTime();
        outbox.enqueue(null, key, new Message(MessageKind.BOOKING_CONFIRMED, "0987 654 321", "Tram So: Da hen", Map.of()), day.atTime(10, 0),
                tra.id(), tra.communeId());
        jdbc.sql("UPDATE notification SET state = 'FAILED', failure_reason = 'eSMS 99 : number blocked' WHERE dedupe_key = :k")
                .param("k", key).update();

        navigate(OutboxView.class);

        Div card = $(Div.class).withClassName("outbox-failed").single();
        assertThat(card.getElement().getTextRecursively()).contains("Xác nhận lịch hẹn", "số …321", "Không gửi được",
                "đã chặn tin nhắn").doesNotContain("0987", "654");
        assertThat(text("outbox-summary")).contains("Không gửi được: 1", "Đã gửi: 0");

        test($(Button.class, card).withClassName("outbox-retry").single()).click();

        assertThat($(Div.class).withClassName("outbox-queued").all()).as("the new message waits to go").hasSize(1);
        assertThat(text("outbox-summary")).contains("Đang chờ gửi: 1");
    }

    private String text(String className) {
        return $(Div.class).withClassName(className).single().getElement().getTextRecursively();
    }
}
