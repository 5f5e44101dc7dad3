package vn.tramso.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import vn.tramso.base.RefusedException;
import vn.tramso.base.security.KioskSessions;

/**
 * The frame of every kiosk screen: the cultural house's name, a language switch and a home
 * button at the top, the screen's one decision in the middle, the help line at the bottom, and
 * the idle guard, and the switch to the offline guides when the server cannot be reached
 * ({@link OfflineSwitch}). The kiosk and language come from the URL on every visit.
 */
public abstract class KioskScreen extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KioskFrames frames;
    /** The kiosk this screen shows, for its enrolled browser; checked on every visit. */
    protected KioskFrame kiosk;
    protected Locale locale;
    protected final Main body = new Main();
    private String title = "";

    protected KioskScreen(KioskFrames frames) {
        this.frames = frames;
        addClassName("kiosk");
        body.addClassName("kiosk-body");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        body.removeAll();
        locale = KioskNavigation.languageOf(event.getLocation().getQueryParameters());
        String kioskId = event.getRouteParameters().get(KioskNavigation.KIOSK).orElse("");
        Long device = (Long) VaadinSession.getCurrent().getSession().getAttribute(KioskSessions.DEVICE_ATTRIBUTE);
        switch (frames.open(kioskId, device)) {
            case KioskFrames.NotRegistered n -> {
                notRegistered();
                return;
            }
            case KioskFrames.Unconfigured u -> {
                applyLanguage();
                title = getTranslation("kiosk.unknown.title");
                body.add(new KioskMessage(title, getTranslation("kiosk.unknown.text", kioskId)));
                add(body);
                return;
            }
            case KioskFrames.Ready ready -> kiosk = ready.frame();
        }
        if (!kiosk.languages().contains(locale)) {
            locale = kiosk.languages().getFirst();
        }
        applyLanguage();
        title = render(event);
        if (title == null) {
            return; // the screen forwarded elsewhere
        }
        add(header(), body, footer());
        if (guarded()) {
            add(new IdleGuard(kiosk.id(), kiosk.idleTimeout(), kiosk.idleWarning()));
        }
        add(new OfflineSwitch(kiosk.id()));
    }

    /**
     * A browser that is not this kiosk's enrolled device (it reached the screen by navigating from
     * another page, or its device was revoked meanwhile) sees only this and can do nothing.
     */
    private void notRegistered() {
        kiosk = null;
        applyLanguage();
        title = getTranslation("kiosk.not-registered.title");
        Button staff = new Button(getTranslation("kiosk.not-registered.staff"),
                e -> UI.getCurrent().getPage().setLocation("/" + StaffNavigation.login()));
        staff.addClassNames("kiosk-button", "secondary", "staff-sign-in");
        body.add(new KioskMessage(title, getTranslation("kiosk.not-registered.text")), staff);
        add(body);
    }

    /**
     * The page's language for screen readers, and Vaadin's network-loss message in that language.
     * The browser says when it has run this, right after drawing the screen: Vaadin keeps each UI's
     * last answer to send again should the browser repeat its request, and without that small
     * exchange the last answer of an idle kiosk would stay the one that drew its whole screen
     * (issue 23: memory per screen, docs/benchmarks.md).
     */
    private void applyLanguage() {
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().executeJs("""
                document.documentElement.lang = $0;
                const c = window.Vaadin && window.Vaadin.connectionIndicator;
                if (c) { c.onlineText = $1; c.offlineText = $2; c.reconnectingText = $3; }
                """, locale.getLanguage(), getTranslation("connection.online"),
                getTranslation("connection.lost"), getTranslation("connection.reconnecting")).then(ran -> { });
    }

    /**
     * Fills {@link #body} for this visit.
     *
     * @return the page title, or {@code null} after forwarding the resident elsewhere
     */
    protected abstract String render(BeforeEnterEvent event);

    /** Whether the idle reset watches this screen (all but the attract screen). */
    protected boolean guarded() {
        return true;
    }

    /** Whether the header shows a button back to the home screen. */
    protected boolean showsHomeButton() {
        return true;
    }

    /** Whether the footer offers "I need help" (not while booking help already). */
    protected boolean showsHelpButton() {
        return true;
    }

    /** Called when "I need help" is tapped, before leaving for {@link #helpLocation()}: a screen may note it. */
    protected void helpAsked() {
    }

    /** Where "I need help" leads: booking help, carrying along what the resident was doing. */
    protected String helpLocation() {
        return KioskNavigation.book(kiosk.id());
    }

    protected void go(String location) {
        KioskNavigation.go(location, locale);
    }

    /**
     * Replaces the body with one screen of a flow: its question, its content, and a Back button at
     * the bottom, which stays on the screen while a long content scrolls.
     */
    protected void screen(String title, Runnable back, Component... content) {
        screenWithNext(title, back, null, content);
    }

    /** One screen of a flow whose way on sits beside its Back button, both kept on the screen. */
    protected void screenWithNext(String title, Runnable back, Button next, Component... content) {
        body.removeAll();
        body.add(new H1(title));
        Div main = new Div(content);
        main.addClassName("screen-content");
        Div navigation = new Div(button("nav.back", "secondary", "back-button", back));
        if (next != null) {
            navigation.add(next);
        }
        navigation.addClassName("screen-nav");
        body.add(main, navigation);
    }

    /**
     * Replaces the body with a refused action (decision 012): what did not happen and why, then
     * the ways on from it.
     */
    protected void refused(String heading, RefusedException refused, Component... waysOn) {
        refused(new KioskRefusal(heading, refused), waysOn);
    }

    /** As {@link #refused(String, RefusedException, Component...)}, with a sentence its feature made. */
    protected void refused(String heading, String reason, Component... waysOn) {
        refused(new KioskRefusal(heading, reason), waysOn);
    }

    private void refused(KioskRefusal refusal, Component... waysOn) {
        body.removeAll();
        Div actions = new Div(waysOn);
        actions.addClassName("screen-actions");
        body.add(refusal, actions);
    }

    /** A large kiosk button. */
    protected Button button(String labelKey, String style, String className, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> action.run());
        button.addClassNames("kiosk-button", style, className);
        return button;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }

    private Header header() {
        Header header = new Header();
        header.addClassName("kiosk-header");
        Span place = new Span(kiosk.name().in(locale));
        place.addClassName("kiosk-place");
        header.add(place);
        Div actions = new Div();
        actions.addClassName("kiosk-header-actions");
        if (kiosk.languages().size() > 1) {
            Locale other = kiosk.languages().stream().filter(l -> !l.equals(locale)).findFirst().orElseThrow();
            Button language = new Button(getTranslation("language.switch"), e -> switchLanguage(other));
            language.addClassNames("kiosk-button", "secondary", "language-switch");
            language.getElement().setAttribute("lang", other.getLanguage());
            actions.add(language);
        }
        if (showsHomeButton()) {
            Button home = new Button(getTranslation("nav.home"), e -> go(KioskNavigation.home(kiosk.id())));
            home.addClassNames("kiosk-button", "secondary", "home-button");
            actions.add(home);
        }
        header.add(actions);
        return header;
    }

    private void switchLanguage(Locale other) {
        String path = UI.getCurrent().getActiveViewLocation().getPath();
        KioskNavigation.go(path, other);
    }

    private Footer footer() {
        Footer footer = new Footer();
        footer.addClassName("kiosk-footer");
        Span contact = new Span(getTranslation("footer.contact", kiosk.contactName().in(locale), kiosk.contactPhone()));
        contact.addClassName("kiosk-contact");
        footer.add(contact);
        if (showsHelpButton()) {
            Button help = new Button(getTranslation("help.button"), e -> {
                helpAsked();
                go(helpLocation());
            });
            help.addClassNames("kiosk-button", "help-button");
            footer.add(help);
        }
        return footer;
    }
}
