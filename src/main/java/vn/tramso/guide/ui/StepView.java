package vn.tramso.guide.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.OptionalInt;
import vn.tramso.base.KioskAssets;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskPictures;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.guide.Guide;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.guide.GuideStep;
import vn.tramso.guide.StepVoices;
import vn.tramso.usage.KioskVisits;

/**
 * The step player: "Bước 2 / 6", a progress bar, the step's title, picture and text, a tip or
 * warning, a QR code to continue on the resident's own phone, and large Back / Listen / Next buttons
 * ("Nghe" plays the step read aloud in Vietnamese, on the Vietnamese screen, when its audio was made;
 * {@link StepListen}).
 * Each step drawn, Done, "I need help" and a reading played are noted, anonymously, for the usage
 * funnels ({@link KioskVisits}).
 */
@Route(value = "kiosk/:kiosk/guide/:guide/:step", autoLayout = false)
@AnonymousAllowed
class StepView extends GuideScreen {

    private final KioskAssets assets;
    private final StepVoices voices;
    private final KioskVisits visits;
    private Guide guide;
    private int number;

    /** What the step's "Nghe" button dispatches (and bubbles) once its reading starts playing. */
    static final String LISTEN_PLAYED = "kiosk-listen-played";

    StepView(KioskFrames frames, GuideCatalog catalog, KioskAssets assets, StepVoices voices, KioskVisits visits) {
        super(frames, catalog);
        this.assets = assets;
        this.voices = voices;
        this.visits = visits;
        addClassName("step");
        getElement().addEventListener(LISTEN_PLAYED, e -> {
            if (guide != null) {
                visits.listenPlayed(kiosk, guide.id(), number);
            }
        });
    }

    @Override
    protected String render(BeforeEnterEvent event) {
        Optional<Guide> found = event.getRouteParameters().get(KioskNavigation.GUIDE)
                .filter(settings().guideIds()::contains)
                .flatMap(catalog.content()::guide);
        OptionalInt number = KioskNavigation.parseStep(event.getRouteParameters().get(KioskNavigation.STEP).orElse(null));
        if (found.isEmpty()) {
            event.forwardTo(KioskNavigation.home(kiosk.id()), KioskNavigation.language(locale));
            return null;
        }
        Guide guide = found.get();
        if (number.isEmpty() || !guide.hasStep(number.getAsInt())) {
            event.forwardTo(KioskNavigation.step(kiosk.id(), guide.id(), 1), KioskNavigation.language(locale));
            return null;
        }
        int n = number.getAsInt();
        this.guide = guide;
        this.number = n;
        GuideStep step = guide.step(n);
        Optional<StepListen> listen = "vi".equals(locale.getLanguage())
                ? voices.url(settings(), step).map(url -> new StepListen(url, settings().readAloud(), this::getTranslation))
                : Optional.empty();
        body.add(progress(guide, n), content(guide, step), navigation(guide, n, listen));
        visits.stepReached(kiosk, guide.id(), n, guide.link() != null);
        return guide.title().in(locale) + " – " + getTranslation("step.of", n, guide.stepCount());
    }

    @Override
    protected void helpAsked() {
        visits.helpAsked(kiosk, guide.id(), number);
    }

    @Override
    protected String helpLocation() {
        return KioskNavigation.book(kiosk.id(), guide.id(), number);
    }

    private Div progress(Guide guide, int n) {
        Span guideTitle = new Span(guide.title().in(locale));
        guideTitle.addClassName("step-guide-title");
        Span counter = new Span(getTranslation("step.of", n, guide.stepCount()));
        counter.addClassName("step-counter");
        Div bar = new Div();
        bar.addClassName("step-progress");
        bar.getElement().setAttribute("role", "progressbar");
        bar.getElement().setAttribute("aria-label", getTranslation("step.progress"));
        bar.getElement().setAttribute("aria-valuemin", "0");
        bar.getElement().setAttribute("aria-valuemax", String.valueOf(guide.stepCount()));
        bar.getElement().setAttribute("aria-valuenow", String.valueOf(n));
        bar.getStyle().set("--step-done", (100 * n / guide.stepCount()) + "%"); // drawn by kiosk.css: one element, not two
        Div progress = new Div(guideTitle, counter, bar);
        progress.addClassName("step-head");
        return progress;
    }

    private Div content(Guide guide, GuideStep step) {
        H1 title = new H1(step.title().in(locale));
        title.addClassName("step-title");
        Image picture = KioskPictures.image(assets.svg(step.illustrationSvg()), step.title().in(locale));
        picture.addClassName("step-picture");
        Paragraph text = new Paragraph(step.text().in(locale));
        text.addClassName("step-text");
        Div words = new Div(title, text);
        words.addClassName("step-words");
        if (step.warning() != null) {
            words.add(note("step-warning", "step.warning", step.warning().in(locale)));
        }
        if (step.tip() != null) {
            words.add(note("step-tip", "step.tip", step.tip().in(locale)));
        }
        if (step.linksAlerts()) {
            Button alerts = new Button(getTranslation("step.alerts"), e -> go(KioskNavigation.alerts(kiosk.id())));
            alerts.addClassNames("kiosk-button", "secondary", "step-alerts");
            words.add(alerts);
        }
        Div content = new Div(picture, words);
        content.addClassName("step-content");
        if (guide.link() != null) {
            content.add(qr(guide.link()));
        }
        return content;
    }

    private Aside note(String className, String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("note-label");
        Aside note = new Aside(label, new Text(" " + text));
        note.addClassNames("step-note", className);
        return note;
    }

    private Div qr(String link) {
        Image code = KioskPictures.image(assets.qr(link), getTranslation("step.qr.label"));
        code.addClassName("qr-code");
        Paragraph caption = new Paragraph(getTranslation("step.qr.caption"));
        caption.addClassName("qr-caption");
        Span address = new Span(link.replaceFirst("^https://", ""));
        address.addClassName("qr-link");
        Div qr = new Div(code, caption, address);
        qr.addClassName("step-qr");
        return qr;
    }

    private Div navigation(Guide guide, int n, Optional<StepListen> listen) {
        Button back = new Button(getTranslation("nav.back"), e -> go(n == 1
                ? KioskNavigation.topic(kiosk.id(), guide.topic())
                : KioskNavigation.step(kiosk.id(), guide.id(), n - 1)));
        back.addClassNames("kiosk-button", "secondary", "back-button");
        boolean last = n == guide.stepCount();
        Button next = new Button(getTranslation(last ? "nav.done" : "nav.next"), e -> {
            if (last) {
                visits.finished(kiosk, guide.id(), n);
                go(KioskNavigation.home(kiosk.id()));
            } else {
                go(KioskNavigation.step(kiosk.id(), guide.id(), n + 1));
            }
        });
        next.addClassNames("kiosk-button", "primary", last ? "done-button" : "next-button");
        Div navigation = new Div(back);
        listen.ifPresent(l -> navigation.add(l.button(), l.options()));
        navigation.add(next);
        navigation.addClassName("step-nav");
        return navigation;
    }
}
