package vn.tramso.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * The notices in force at this kiosk, in large type at the top of the attract and home screens,
 * refreshed by server push as soon as one is published, withdrawn, starts or ends.
 */
public class NoticeBanner extends Div {

    private final KioskNotices notices;
    private final long villageId;
    private Runnable unsubscribe;
    private List<KioskNotices.Notice> shown = List.of();

    public NoticeBanner(KioskNotices notices, long villageId) {
        this.notices = notices;
        this.villageId = villageId;
        addClassName("notice-banner");
        getElement().setAttribute("role", "alert");
        setVisible(false);
        refresh();
    }

    private void refresh() {
        List<KioskNotices.Notice> now = notices.current(villageId);
        if (now.equals(shown)) {
            return;
        }
        shown = now;
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
}
