package vn.tramso.guide.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import vn.tramso.base.Topic;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.guide.Guide;
import vn.tramso.guide.GuideCatalog;

/** The guides of one topic, one large button each. */
@Route(value = "kiosk/:kiosk/topic/:topic", autoLayout = false)
@AnonymousAllowed
class GuideListView extends GuideScreen {

    GuideListView(KioskFrames frames, GuideCatalog catalog) {
        super(frames, catalog);
        addClassName("guide-list");
    }

    @Override
    protected String render(BeforeEnterEvent event) {
        Optional<Topic> topic = KioskNavigation.parseTopic(event.getRouteParameters().get(KioskNavigation.TOPIC).orElse(null));
        List<Guide> guides = topic.map(t -> catalog.content().guidesOf(settings(), t)).orElse(List.of());
        if (guides.isEmpty()) {
            event.forwardTo(KioskNavigation.home(kiosk.id()), KioskNavigation.language(locale));
            return null;
        }
        body.add(new H1(getTranslation(topic.get().labelKey())));
        Div list = new Div();
        list.addClassName("guide-buttons");
        for (Guide guide : guides) {
            Span title = new Span(guide.title().in(locale));
            title.addClassName("guide-title");
            Span summary = new Span(guide.summary().in(locale) + " " + getTranslation("guide.steps", guide.stepCount()));
            summary.addClassName("guide-summary");
            Button button = new Button();
            button.getElement().appendChild(title.getElement(), summary.getElement());
            button.addClassNames("kiosk-button", "guide-button");
            button.getElement().setAttribute("data-guide", guide.id());
            button.addClickListener(e -> go(KioskNavigation.step(kiosk.id(), guide.id(), 1)));
            list.add(button);
        }
        Button back = new Button(getTranslation("nav.back"), e -> go(KioskNavigation.home(kiosk.id())));
        back.addClassNames("kiosk-button", "secondary", "back-button");
        body.add(list, back);
        return getTranslation(topic.get().labelKey());
    }
}
