package vn.tramso.guide.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.tramso.base.Topic;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.KioskNotices;
import vn.tramso.base.ui.NoticeBanner;
import vn.tramso.base.ui.NoticeReader;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.guide.KioskSettings;
import vn.tramso.usage.KioskVisits;

/**
 * What the kiosk shows while nobody uses it: tiles of what it can help with, taking turns, and
 * one large button to start. Touching anywhere starts too. The page's HTML already draws this screen
 * ({@link AttractFirstPaint}), so a kiosk on a slow link shows it before the client engine starts.
 */
@Route(value = "kiosk/:kiosk", autoLayout = false)
@AnonymousAllowed
class AttractView extends GuideScreen {

    private boolean started;

    private final KioskNotices notices;
    private final KioskVisits visits;

    AttractView(KioskFrames frames, GuideCatalog catalog, KioskNotices notices, KioskVisits visits) {
        super(frames, catalog);
        this.notices = notices;
        this.visits = visits;
        addClassName("attract");
    }

    @Override
    protected String render(BeforeEnterEvent event) {
        started = false;
        H1 welcome = new H1(getTranslation("attract.title"));
        Paragraph lead = new Paragraph(getTranslation("attract.lead"));
        lead.addClassName("lead");
        Div tiles = new Div();
        List<Topic> topics = topics(catalog, settings());
        tiles.addClassNames("attract-tiles", "count-" + topics.size());
        tiles.getElement().setAttribute("aria-hidden", "true");
        for (int i = 0; i < topics.size(); i++) {
            Div tile = new Div(new Span(getTranslation(topics.get(i).labelKey())));
            tile.addClassNames("attract-tile", "topic-" + topics.get(i).slug());
            tile.getStyle().set("--i", String.valueOf(i)).set("--n", String.valueOf(topics.size()));
            tiles.add(tile);
        }
        Button start = new Button(getTranslation("attract.start"), e -> start());
        start.addClassNames("kiosk-button", "primary", "start-button");
        body.add(welcome, new NoticeBanner(notices, kiosk.villageId()), lead, tiles, start);
        body.addClickListener(e -> start());
        if (settings().readAlerts()) { // issue 24: a new alert read aloud once per kiosk, only here
            body.add(new NoticeReader(notices, kiosk.id(), kiosk.villageId()));
        }
        return getTranslation("attract.title");
    }

    /** The topics the tiles show in turn: those of the kiosk's guides, in their order. */
    static List<Topic> topics(GuideCatalog catalog, KioskSettings settings) {
        return catalog.content().guidesOf(settings).stream().map(g -> g.topic()).distinct().toList();
    }

    @Override
    protected boolean guarded() {
        return false;
    }

    @Override
    protected boolean showsHomeButton() {
        return false;
    }

    /** Once only: a touch on the button also reaches the body around it. A visit starts (usage, anonymous). */
    private void start() {
        if (!started) {
            started = true;
            visits.started(kiosk);
            go(KioskNavigation.home(kiosk.id()));
        }
    }
}
