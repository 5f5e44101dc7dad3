package vn.tramso.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import java.util.List;

/**
 * Reads new notices aloud on a kiosk's attract screen (kiosk-config {@code read_alerts: true}, issue 24):
 * when the screen shows, and whenever the notices or their audio change while it shows, the notices
 * this kiosk has not read yet are played one after the other, each once per kiosk
 * ({@link KioskNotices#readOnce}, kept on the server). Only the attract screen has one, so a reading
 * never interrupts a resident: a touch leaves the screen, and the browser stops an {@code <audio>}
 * taken out of the page. The kiosk's Chromium needs {@code --autoplay-policy=no-user-gesture-required}
 * (kiosk-config/README.md).
 */
@Tag("audio")
public class NoticeReader extends Component {

    private final KioskNotices notices;
    private final String kioskId;
    private final long villageId;
    private Runnable unsubscribe;

    public NoticeReader(KioskNotices notices, String kioskId, long villageId) {
        this.notices = notices;
        this.kioskId = kioskId;
        this.villageId = villageId;
        addClassName("notice-reader");
        getElement().setAttribute("preload", "none");
        getElement().setAttribute("aria-hidden", "true");
    }

    /** Plays what this kiosk has not read yet, after whatever is still playing. */
    private void readNew() {
        List<String> audio = notices.readOnce(kioskId, villageId);
        if (audio.isEmpty()) {
            return;
        }
        getElement().executeJs("""
                const a = this;
                a.queued = (a.queued || []).concat($0.split(' '));
                if (!a.reading) {
                  a.reading = true;
                  const next = () => {
                    const url = a.queued.shift();
                    if (!url) { a.reading = false; return; }
                    a.src = url;
                    a.play().catch(() => { a.reading = false; a.queued = []; });
                  };
                  a.onended = next;
                  next();
                }
                """, String.join(" ", audio));
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
