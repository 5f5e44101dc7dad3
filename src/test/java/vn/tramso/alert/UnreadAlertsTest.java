package vn.tramso.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The attract screens' question "what has this kiosk not read?" asks the database what shows once per village
 * per minute, not per screen, and asks a kiosk's readings only while it has something unread.
 */
class UnreadAlertsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 2, 1, 9, 0);

    private final List<Long> showingAsked = new ArrayList<>();
    private final List<String> readAsked = new ArrayList<>();
    /** alert_reading as the database holds it: kiosk → alerts read. */
    private final Map<String, Set<Long>> database = new HashMap<>(Map.of("tra-phuong-2", Set.of(1L, 2L)));
    private final AtomicLong nanos = new AtomicLong();
    private List<ScamAlert> showing = List.of(alert(2), alert(1));
    private final UnreadAlerts unread = new UnreadAlerts(village -> {
        showingAsked.add(village);
        return showing;
    }, (kiosk, ids) -> {
        readAsked.add(kiosk + ids);
        return database.getOrDefault(kiosk, Set.of());
    }, nanos::get);

    @Test
    void the_screens_of_a_village_ask_what_shows_once_a_minute_and_a_kiosk_that_read_everything_asks_nothing_more() {
        for (int kiosk = 1; kiosk <= 5; kiosk++) {
            assertThat(unread.of("tra-phuong-" + kiosk, 7)).hasSize(kiosk == 2 ? 0 : 2);
        }
        assertThat(showingAsked).containsExactly(7L);
        assertThat(readAsked).hasSize(5);

        for (int screen = 0; screen < 3; screen++) {
            assertThat(unread.of("tra-phuong-2", 7)).isEmpty();
        }
        assertThat(showingAsked).containsExactly(7L);
        assertThat(readAsked).as("read everything: known").hasSize(5);
    }

    @Test
    void an_alert_not_known_as_read_is_looked_up_again_before_it_is_offered_as_another_node_may_have_played_it() {
        assertThat(unread.of("tra-phuong-1", 7)).extracting(ScamAlert::id).containsExactly(2L, 1L);

        database.put("tra-phuong-1", Set.of(2L)); // the kiosk's screen on another node played it

        assertThat(unread.of("tra-phuong-1", 7)).extracting(ScamAlert::id).containsExactly(1L);
        assertThat(readAsked).containsExactly("tra-phuong-1[2, 1]", "tra-phuong-1[2, 1]");
    }

    @Test
    void an_alert_with_no_audio_at_the_kiosk_yet_is_not_asked_about() {
        assertThat(unread.of("tra-phuong-1", 7, alert -> alert.id() == 1)).extracting(ScamAlert::id).containsExactly(1L);
        assertThat(unread.of("tra-phuong-3", 7, alert -> false)).isEmpty();

        assertThat(readAsked).containsExactly("tra-phuong-1[1]");
    }

    @Test
    void the_next_tick_looks_again_at_what_shows() {
        unread.of("tra-phuong-1", 7);
        showing = List.of(alert(3), alert(2), alert(1));

        assertThat(unread.of("tra-phuong-1", 7)).as("until the tick, what showed").extracting(ScamAlert::id).containsExactly(2L, 1L);
        unread.forget();
        assertThat(unread.of("tra-phuong-1", 7)).extracting(ScamAlert::id).containsExactly(3L, 2L, 1L);

        assertThat(showingAsked).containsExactly(7L, 7L);
    }

    @Test
    void with_no_tick_what_shows_is_looked_up_again_after_a_minute() {
        unread.of("tra-phuong-1", 7);
        nanos.addAndGet(UnreadAlerts.LIFE.toNanos() - 1);
        unread.of("tra-phuong-1", 7);
        assertThat(showingAsked).hasSize(1);
        nanos.addAndGet(1);
        unread.of("tra-phuong-1", 7);
        assertThat(showingAsked).hasSize(2);
    }

    @Test
    void an_alert_played_at_the_kiosk_on_this_node_is_not_offered_again_nor_asked_about() {
        assertThat(unread.of("tra-phuong-1", 7)).extracting(ScamAlert::id).containsExactly(2L, 1L);

        unread.read("tra-phuong-1", 2);
        database.put("tra-phuong-1", new HashSet<>(Set.of(2L)));

        assertThat(unread.of("tra-phuong-1", 7)).extracting(ScamAlert::id).containsExactly(1L);
        assertThat(readAsked.getLast()).isEqualTo("tra-phuong-1[1]");
        assertThat(unread.of("tra-phuong-3", 7)).as("another kiosk").extracting(ScamAlert::id).containsExactly(2L, 1L);
    }

    private static ScamAlert alert(long id) {
        return new ScamAlert(id, "Cảnh báo " + id, "Nội dung.", NOW.minusDays(1), NOW.plusDays(1), null, false, List.of(1L), null);
    }
}
