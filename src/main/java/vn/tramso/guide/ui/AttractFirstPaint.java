package vn.tramso.guide.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import vn.tramso.base.Messages;
import vn.tramso.base.Topic;
import vn.tramso.base.db.DatabaseOutage;
import vn.tramso.base.security.KioskSessions;
import vn.tramso.base.ui.KioskFrame;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.KioskNotices;
import vn.tramso.guide.GuideCatalog;

/**
 * The attract screen drawn by the page's HTML itself (issue 23): on a slow village link the client
 * engine takes seconds to arrive and start, and until then the kiosk showed a blank page. The page
 * of {@code /kiosk/<kiosk>} now carries the screen {@link AttractView} will draw, with the same
 * classes (kiosk.css draws both alike), its buttons as plain links to where they lead. As soon as
 * the engine puts its live screen in the page, a small script removes this one (in the same task:
 * no frame shows neither or both). Drawn for the kiosk's enrolled browser only (place.KioskGate has
 * put the device in the session before this runs), from kiosk-config and the notices as they are at
 * this request; nothing in it is about a person.
 */
@Component
class AttractFirstPaint implements VaadinServiceInitListener {

    private static final Pattern ATTRACT = Pattern.compile("/kiosk/([^/]+)/?");
    /**
     * Removes the drawn screen once the engine has put a screen of its own in the page: the live kiosk
     * screen, or whatever else it draws in its outlet (an error view has no kiosk class).
     */
    private static final String SWAP = """
            (() => {
              const drawn = document.currentScript.parentElement;
              new MutationObserver((changes, observer) => {
                if (document.querySelector('.kiosk:not(.first-screen), #outlet > * > *')) { drawn.remove(); observer.disconnect(); }
              }).observe(document.body, { childList: true, subtree: true });
            })();
            """;

    private final KioskFrames frames;
    private final GuideCatalog catalog;
    private final KioskNotices notices;

    AttractFirstPaint(KioskFrames frames, GuideCatalog catalog, KioskNotices notices) {
        this.frames = frames;
        this.catalog = catalog;
        this.notices = notices;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::draw);
    }

    private void draw(IndexHtmlResponse response) {
        try {
            drawAttract(response);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            // the page goes out without it; the engine's screen says the system is busy (base.ui.DatabaseBusy)
        }
    }

    private void drawAttract(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Matcher attract = ATTRACT.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!attract.matches()) {
            return;
        }
        String kioskId = attract.group(1);
        WrappedSession session = request.getWrappedSession(false);
        Long device = session == null ? null : (Long) session.getAttribute(KioskSessions.DEVICE_ATTRIBUTE);
        if (!(frames.open(kioskId, device) instanceof KioskFrames.Ready ready)) {
            return; // the engine says why (not registered, not configured)
        }
        KioskFrame kiosk = ready.frame();
        Locale asked = Locale.of("en".equals(request.getParameter(KioskNavigation.LANG)) ? "en" : "vi");
        Locale locale = kiosk.languages().contains(asked) ? asked : kiosk.languages().getFirst();
        List<Topic> topics = catalog.kiosk(kiosk.id()).map(s -> AttractView.topics(catalog, s)).orElse(List.of());
        Document page = response.getDocument();
        page.getElementsByTag("html").attr("lang", locale.getLanguage());
        page.title(Messages.in(locale, "attract.title") + " – " + Messages.in(locale, "app.name"));
        page.body().prependChild(new Screen(kiosk, locale).draw(topics, notices.current(kiosk.villageId())));
    }

    /** The attract screen's markup, as AttractView and its frame (base.ui.KioskScreen) make it. */
    private record Screen(KioskFrame kiosk, Locale locale) {

        Element draw(List<Topic> topics, List<KioskNotices.Notice> notices) {
            Element screen = new Element("div").addClass("kiosk").addClass("attract").addClass("first-screen");
            Element body = screen.appendElement("main").addClass("kiosk-body");
            body.appendElement("h1").text(text("attract.title"));
            if (!notices.isEmpty()) {
                body.appendChild(banner(notices));
            }
            body.appendElement("p").addClass("lead").text(text("attract.lead"));
            Element tiles = body.appendElement("div").addClass("attract-tiles").addClass("count-" + topics.size())
                    .attr("aria-hidden", "true");
            for (int i = 0; i < topics.size(); i++) {
                tiles.appendElement("div").addClass("attract-tile").addClass("topic-" + topics.get(i).slug())
                        .attr("style", "--i: " + i + "; --n: " + topics.size() + ";")
                        .appendElement("span").text(text(topics.get(i).labelKey()));
            }
            body.appendChild(link(KioskNavigation.home(kiosk.id()), locale, "attract.start", "primary", "start-button"));
            screen.prependChild(header());
            screen.appendChild(footer());
            screen.appendElement("script").appendChild(new DataNode(SWAP));
            return screen;
        }

        private Element header() {
            Element header = new Element("header").addClass("kiosk-header");
            header.appendElement("span").addClass("kiosk-place").text(kiosk.name().in(locale));
            Element actions = header.appendElement("div").addClass("kiosk-header-actions");
            if (kiosk.languages().size() > 1) {
                Locale other = kiosk.languages().stream().filter(l -> !l.equals(locale)).findFirst().orElseThrow();
                actions.appendChild(link(KioskNavigation.attract(kiosk.id()), other, "language.switch", "secondary",
                        "language-switch").attr("lang", other.getLanguage()));
            }
            return header;
        }

        private Element footer() {
            Element footer = new Element("footer").addClass("kiosk-footer");
            footer.appendElement("span").addClass("kiosk-contact")
                    .text(Messages.in(locale, "footer.contact", kiosk.contactName().in(locale), kiosk.contactPhone()));
            footer.appendChild(link(KioskNavigation.book(kiosk.id()), locale, "help.button", null, "help-button"));
            return footer;
        }

        private Element banner(List<KioskNotices.Notice> notices) {
            Element banner = new Element("div").addClass("notice-banner").attr("role", "alert");
            for (KioskNotices.Notice n : notices) {
                Element notice = banner.appendElement("div").addClass("notice").addClass("notice-" + n.id());
                if (n.picture() != null) { // as NoticeBanner shows it
                    notice.appendElement("img").addClass("notice-picture").attr("src", n.picture().src()).attr("alt", "")
                            .attr("width", String.valueOf(n.picture().width())).attr("height", String.valueOf(n.picture().height()))
                            .attr("aria-hidden", "true");
                }
                notice.appendElement("h2").text(text("notice.prefix") + n.title());
                notice.appendElement("p").text(n.text());
            }
            return banner;
        }

        /**
         * A button of the live screen as a link to where it leads (relative to the page's base, as the
         * engine's own navigation): a touch before the engine has started opens that screen by a page load.
         */
        private Element link(String location, Locale language, String labelKey, String style, String className) {
            String query = KioskNavigation.language(language).getQueryString();
            Element link = new Element("a").attr("href", query.isEmpty() ? location : location + "?" + query)
                    .addClass("kiosk-button").addClass(className);
            link.appendElement("span").text(Messages.in(locale, labelKey));
            return style == null ? link : link.addClass(style);
        }

        private String text(String key) {
            return Messages.in(locale, key);
        }
    }
}
