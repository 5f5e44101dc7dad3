package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attract screen's reader asks for new notices when it shows and at each change, and stops asking once
 * gone; a notice counts as read only when the browser says it started playing on this screen.
 */
@ViewPackages(packages = "vn.tramso.base.ui.none")
class NoticeReaderTest extends BrowserlessTest {

    private static final String AUDIO = "/kiosk-audio/" + "a".repeat(64) + ".opus";

    /** Notices of one village whose questions the test counts; notice 12 is unread until played. */
    static class CountingNotices implements KioskNotices {
        final List<String> asked = new ArrayList<>();
        final List<String> played = new ArrayList<>();
        final List<Runnable> subscribers = new ArrayList<>();
        boolean firstToPlay = true;

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
        public List<Reading> unread(String kioskId, long villageId) {
            asked.add(kioskId + "@" + villageId);
            return played.isEmpty() ? List.of(new Reading(12, AUDIO)) : List.of();
        }

        @Override
        public boolean played(long noticeId, String kioskId) {
            played.add(kioskId + ":" + noticeId);
            return firstToPlay;
        }
    }

    @Test
    void it_asks_when_shown_and_at_each_change_and_not_after_the_screen_is_left() {
        CountingNotices notices = new CountingNotices();
        NoticeReader reader = new NoticeReader(notices, "tra-phuong", 7);

        UI.getCurrent().add(reader);
        assertThat(notices.asked).as("when the screen shows").containsExactly("tra-phuong@7");
        assertThat(reader.getElement().getTag()).isEqualTo("audio");
        assertThat(queued()).as("sent to the browser with its id").anySatisfy(js -> assertThat(js).contains("12 " + AUDIO));

        tick(notices);
        assertThat(notices.asked).as("when the notices change, or a minute passed").hasSize(2);
        assertThat(notices.played).as("asking records nothing").isEmpty();

        UI.getCurrent().remove(reader);
        assertThat(notices.subscribers).as("a resident's touch left the screen: no more readings").isEmpty();
    }

    @Test
    void a_notice_is_recorded_as_read_only_when_the_browser_says_it_started_playing() {
        CountingNotices notices = new CountingNotices();
        NoticeReader reader = new NoticeReader(notices, "tra-phuong", 7);
        UI.getCurrent().add(reader);
        queued();

        playing(reader, 99);
        assertThat(notices.played).as("a notice this screen was never given").isEmpty();

        playing(reader, 12);
        assertThat(notices.played).containsExactly("tra-phuong:12");
        assertThat(queued()).as("the first to play it goes on").noneSatisfy(js -> assertThat(js).contains("pause"));

        tick(notices);
        assertThat(queued()).as("read: not offered again").isEmpty();
    }

    @Test
    void a_screen_that_started_a_notice_another_screen_of_the_kiosk_read_first_stops_it() {
        CountingNotices notices = new CountingNotices();
        notices.firstToPlay = false;
        NoticeReader reader = new NoticeReader(notices, "tra-phuong", 7);
        UI.getCurrent().add(reader);
        queued();

        playing(reader, 12);

        assertThat(queued()).anySatisfy(js -> assertThat(js).contains("this.pause(); this.next();"));
    }

    private static void tick(CountingNotices notices) {
        notices.subscribers.forEach(Runnable::run); // as a push does: ui.access, run when the session is free
        UI.getCurrent().getSession().getService().runPendingAccessTasks(UI.getCurrent().getSession());
    }

    /** The browser's audio element says a notice started playing. */
    private static void playing(NoticeReader reader, long noticeId) {
        reader.getElement().getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(reader.getElement(),
                NoticeReader.PLAYING, JsonMapper.shared().createObjectNode().put("event.detail", noticeId)));
    }

    /** The scripts sent to the browser since the last call, with their parameters. */
    private static List<String> queued() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse(); // as before an answer to the browser
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation().getExpression() + " " + js.getInvocation().getParameters()).toList();
    }
}
