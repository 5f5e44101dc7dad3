package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The attract screen's reader asks for new notices when it shows and at each change, and stops asking once gone. */
@ViewPackages(packages = "vn.tramso.base.ui.none")
class NoticeReaderTest extends BrowserlessTest {

    /** Notices of one village whose readings the test counts. */
    static class CountingNotices implements KioskNotices {
        final List<String> asked = new ArrayList<>();
        final List<Runnable> subscribers = new ArrayList<>();

        @Override
        public List<Notice> current(long villageId) {
            return List.of();
        }

        @Override
        public Runnable subscribe(Runnable onChange) {
            subscribers.add(onChange);
            return () -> subscribers.remove(onChange);
        }

        @Override
        public List<String> readOnce(String kioskId, long villageId) {
            asked.add(kioskId + "@" + villageId);
            return asked.size() == 1 ? List.of("/kiosk-audio/" + "a".repeat(64) + ".wav") : List.of();
        }
    }

    @Test
    void it_asks_when_shown_and_at_each_change_and_not_after_the_screen_is_left() {
        CountingNotices notices = new CountingNotices();
        NoticeReader reader = new NoticeReader(notices, "tra-phuong", 7);

        UI.getCurrent().add(reader);
        assertThat(notices.asked).as("when the screen shows").containsExactly("tra-phuong@7");
        assertThat(reader.getElement().getTag()).isEqualTo("audio");

        notices.subscribers.forEach(Runnable::run); // as a push does: ui.access, run when the session is free
        UI.getCurrent().getSession().getService().runPendingAccessTasks(UI.getCurrent().getSession());
        assertThat(notices.asked).as("when the notices change").hasSize(2);

        UI.getCurrent().remove(reader);
        assertThat(notices.subscribers).as("a resident's touch left the screen: no more readings").isEmpty();
    }
}
