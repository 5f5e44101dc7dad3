package vn.tramso.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;

/**
 * The notices in force at this kiosk, in large type at the top of the attract and home screens,
 * refreshed by server push as soon as one is published, withdrawn, starts or ends. With
 * {@link #listenAt}, each notice has a large "Nghe" button that plays it read aloud (issue 24).
 */
public class NoticeBanner extends Div {

    private final KioskNotices notices;
    private final long villageId;
    private Runnable unsubscribe;
    private List<KioskNotices.Notice> shown = List.of();
    /** The kiosk whose voice reads the notices, or {@code null} for no "Nghe" buttons. */
    private String listenKiosk;
    private List<Optional<String>> shownAudio = List.of();

    public NoticeBanner(KioskNotices notices, long villageId) {
        this.notices = notices;
        this.villageId = villageId;
        addClassName("notice-banner");
        getElement().setAttribute("role", "alert");
        setVisible(false);
        refresh();
    }

    /** Gives each notice a "Nghe" button once its audio in the kiosk's voice is made. */
    public NoticeBanner listenAt(String kioskId) {
        listenKiosk = kioskId;
        shown = null;
        refresh();
        return this;
    }

    private void refresh() {
        List<KioskNotices.Notice> now = notices.current(villageId);
        List<Optional<String>> audio = now.stream()
                .map(n -> listenKiosk == null ? Optional.<String>empty() : notices.audio(n.id(), listenKiosk)).toList();
        if (now.equals(shown) && audio.equals(shownAudio)) {
            return;
        }
        shown = now;
        shownAudio = audio;
        removeAll();
        for (KioskNotices.Notice n : now) {
            Div notice = new Div(new H2(getTranslation("notice.prefix") + n.title()), new Paragraph(n.text()));
            if (n.picture() != null) {
                Image picture = KioskPictures.image(n.picture(), "");
                picture.addClassName("notice-picture");
                picture.getElement().setAttribute("aria-hidden", "true");
                notice.addComponentAsFirst(picture);
            }
            notice.addClassNames("notice", "notice-" + n.id());
            audio.get(now.indexOf(n)).ifPresent(url -> listen(notice, url));
            add(notice);
        }
        setVisible(!now.isEmpty());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = notices.subscribe(() -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    /** A plain {@code <audio>} played from the resident's tap in the browser, as a guide step's "Nghe". */
    private void listen(Div notice, String url) {
        Button listen = new Button(getTranslation("notice.listen"));
        listen.addClassNames("kiosk-button", "secondary", "listen-button", "notice-listen");
        Element audio = new Element("audio");
        audio.setAttribute("src", url);
        audio.setAttribute("preload", "none");
        audio.getClassList().add("notice-audio");
        listen.getElement().executeJs("const audio = $0; this.addEventListener('click', () => { audio.currentTime = 0; audio.play().catch(() => {}); });",
                audio);
        notice.add(listen);
        notice.getElement().appendChild(audio);
    }
}
