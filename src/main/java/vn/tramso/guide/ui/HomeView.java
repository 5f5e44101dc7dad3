package vn.tramso.guide.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tramso.guide.Guide;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.guide.Topic;

/** "What do you need help with?": one large tile per topic this kiosk has guides for. */
@Route(value = "kiosk/:kiosk/home", autoLayout = false)
@AnonymousAllowed
public class HomeView extends KioskScreen {

    HomeView(GuideCatalog catalog) {
        super(catalog);
        addClassName("home");
    }

    @Override
    protected String render(BeforeEnterEvent event) {
        body.add(new H1(getTranslation("home.title")));
        Div tiles = new Div();
        tiles.addClassName("topic-tiles");
        catalog.content().guidesOf(kiosk).stream().map(Guide::topic).distinct().forEach(topic -> tiles.add(tile(topic)));
        body.add(tiles);
        return getTranslation("home.title");
    }

    @Override
    protected boolean showsHomeButton() {
        return false;
    }

    private Button tile(Topic topic) {
        Span label = new Span(getTranslation(topic.labelKey()));
        label.addClassName("tile-label");
        Span description = new Span(getTranslation(topic.descriptionKey()));
        description.addClassName("tile-description");
        Button tile = new Button();
        tile.getElement().appendChild(label.getElement(), description.getElement());
        tile.addClassNames("kiosk-button", "topic-tile", "topic-" + topic.slug());
        tile.addClickListener(e -> go(KioskNavigation.topic(kiosk.id(), topic)));
        return tile;
    }
}
