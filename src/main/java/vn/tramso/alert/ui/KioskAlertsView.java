package vn.tramso.alert.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.KioskNotices;
import vn.tramso.base.ui.KioskScreen;
import vn.tramso.base.ui.NoticeBanner;

/**
 * The scam alerts in force for the kiosk's commune, each with its picture, in large type; a guide
 * step about scams links here ({@code alerts: true} in its file). Back returns to the step. Each alert
 * has a large "Nghe" button once its audio is made (issue 24).
 */
@Route(value = "kiosk/:kiosk/alerts", autoLayout = false)
@RouteAlias(value = "kiosk/:kiosk/canh-bao", autoLayout = false) // before decision 012; kept for links already out
@AnonymousAllowed
class KioskAlertsView extends KioskScreen {

    private final KioskNotices notices;

    KioskAlertsView(KioskFrames frames, KioskNotices notices) {
        super(frames);
        this.notices = notices;
        addClassName("kiosk-alerts");
    }

    @Override
    protected String render(BeforeEnterEvent event) {
        Paragraph none = new Paragraph(getTranslation("kiosk-alerts.none"));
        none.setVisible(notices.current(kiosk.villageId()).isEmpty());
        String title = getTranslation("kiosk-alerts.title");
        screen(title, () -> UI.getCurrent().getPage().getHistory().back(), new NoticeBanner(notices, kiosk.villageId()).listenAt(kiosk.id()), none,
                button("kiosk-alerts.by-message", "secondary", "alerts-by-message", () -> go(KioskNavigation.messages(kiosk.id()))));
        return title;
    }
}
