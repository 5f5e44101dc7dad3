package vn.tramso.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads new notices aloud on a kiosk's attract screen (kiosk-config {@code read_alerts: true}, issue 24):
 * when the screen shows, and whenever the notices or their audio change while it shows (and every minute),
 * the notices this kiosk has not read yet ({@link KioskNotices#unread}) are played one after the other.
 * A notice counts as read only when its audio really starts playing: the browser tells the server on the
 * audio's {@code playing} event ({@value #PLAYING}), and the server records it ({@link KioskNotices#played});
 * if another screen of the kiosk recorded it first, this one stops it. One the browser could not play
 * (autoplay refused, a missing file) is skipped, the rest still play, and it is offered again at the next
 * look; a screen never plays a notice twice. Only the attract screen has one, so a reading never
 * interrupts a resident: a touch leaves the screen, and the browser stops an {@code <audio>} taken out of
 * the page. The kiosk's Chromium needs {@code --autoplay-policy=no-user-gesture-required}
 * (kiosk-config/README.md).
 */
@Tag("audio")
public class NoticeReader extends Component {

    /** What the audio dispatches, with the notice's id as its detail, when a notice starts playing. */
    static final String PLAYING = "notice-reader-playing";

    /**
     * The browser's queue: {@code $0} is "id address id address …"; a notice already queued, playing or
     * played on this screen is not queued again. {@code this.next()} plays the next one.
     */
    private static final String QUEUE = """
            const a = this;
            if (!a.next) {
              a.queued = [];
              a.done = new Set();
              a.current = null;
              a.next = () => {
                const item = a.queued.shift();
                a.current = item ? item.id : null;
                if (!item) { return; }
                a.src = item.url;
                a.play().catch(() => { if (a.current === item.id && !a.done.has(item.id)) { a.next(); } });
              };
              a.addEventListener('playing', () => {
                if (a.current !== null && !a.done.has(a.current)) {
                  a.done.add(a.current);
                  a.dispatchEvent(new CustomEvent('%s', {detail: a.current}));
                }
              });
              a.addEventListener('ended', () => a.next());
              a.addEventListener('error', () => { if (a.done.has(a.current)) { a.next(); } });
            }
            const words = $0.split(' ');
            for (let i = 0; i + 1 < words.length; i += 2) {
              const id = Number(words[i]);
              if (id !== a.current && !a.done.has(id) && !a.queued.some(q => q.id === id)) {
                a.queued.push({id: id, url: words[i + 1]});
              }
            }
            if (a.current === null) { a.next(); }
            """.formatted(PLAYING);

    private final KioskNotices notices;
    private final String kioskId;
    private final long villageId;
    /** The notices this screen was given: only these may be recorded as played from it. */
    private final Set<Long> offered = new HashSet<>();
    private Runnable unsubscribe;

    public NoticeReader(KioskNotices notices, String kioskId, long villageId) {
        this.notices = notices;
        this.kioskId = kioskId;
        this.villageId = villageId;
        addClassName("notice-reader");
        getElement().setAttribute("preload", "none");
        getElement().setAttribute("aria-hidden", "true");
        getElement().addEventListener(PLAYING, e -> played(e.getEventDetail(Long.class))).addEventDetail();
    }

    /** Queues what this kiosk has not read yet, after whatever is still playing. */
    private void readNew() {
        List<KioskNotices.Reading> unread = notices.unread(kioskId, villageId);
        if (unread.isEmpty()) {
            return;
        }
        StringBuilder queue = new StringBuilder();
        for (KioskNotices.Reading reading : unread) {
            offered.add(reading.noticeId());
            queue.append(queue.isEmpty() ? "" : " ").append(reading.noticeId()).append(' ').append(reading.audio());
        }
        getElement().executeJs(QUEUE, queue.toString());
    }

    /** A notice started playing here: recorded, or stopped when another screen of the kiosk read it first. */
    private void played(Long noticeId) {
        if (noticeId == null || !offered.contains(noticeId)) {
            return;
        }
        if (!notices.played(noticeId, kioskId)) {
            getElement().executeJs("if (this.current === $0) { this.pause(); this.next(); }", noticeId.doubleValue());
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        readNew();
        unsubscribe = notices.subscribe(() -> ui.access(this::readNew));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }
}
