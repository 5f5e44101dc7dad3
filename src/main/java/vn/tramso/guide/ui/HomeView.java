package vn.tramso.guide.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tramso.base.Topic;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.KioskNotices;
import vn.tramso.base.ui.NoticeBanner;
import vn.tramso.guide.Guide;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.rating.KioskInvite;
import vn.tramso.rating.Ratings;

/** "What do you need help with?": one large tile per topic this kiosk has guides for. */
@Route(value = "kiosk/:kiosk/home", autoLayout = false)
@AnonymousAllowed
class HomeView extends GuideScreen {

    private final KioskNotices notices;
    private final Ratings ratings;

    HomeView(KioskFrames frames, GuideCatalog catalog, KioskNotices notices, Ratings ratings) {
        super(frames, catalog);
        this.notices = notices;
        this.ratings = ratings;
        addClassName("home");
    }

    @Override
    protected String render(BeforeEnterEvent event) {
        body.add(new H1(getTranslation("home.title")));
        body.add(new NoticeBanner(notices, kiosk.villageId()));
        for (KioskInvite invite : ratings.kioskInvites(kiosk.villageId())) {
            body.add(invite(invite));
        }
        Div tiles = new Div();
        tiles.addClassName("topic-tiles");
        catalog.content().guidesOf(settings()).stream().map(Guide::topic).distinct().forEach(topic -> tiles.add(tile(topic)));
        body.add(tiles);
        Div actions = new Div(action("home.book", "home.book.description", "book-tile", KioskNavigation.book(kiosk.id())),
                action("home.my-booking", "home.my-booking.description", "my-booking-tile", KioskNavigation.myBooking(kiosk.id())),
                action("home.concern", "home.concern.description", "concern-tile", KioskNavigation.concern(kiosk.id())),
                action("home.rating", "home.rating.description", "rating-tile", KioskNavigation.rating(kiosk.id())));
        actions.addClassNames("topic-tiles", "home-actions");
        body.add(actions);
        return getTranslation("home.title");
    }

    @Override
    protected boolean showsHomeButton() {
        return false;
    }

    /** A volunteer's invitation to rate the help just given: "Mời bác số 12 đánh giá". */
    private Button invite(KioskInvite invite) {
        Button tile = tile("home.rating-invite", "home.rating-invite.description", KioskNavigation.rating(kiosk.id(), invite.id()));
        if (invite.ticketNumber() != null) {
            tile.getElement().getChild(0).setText(getTranslation("home.rating-invite.ticket", invite.ticketNumber()));
        }
        tile.addClassNames("tile", "rating-invite");
        return tile;
    }

    private Button tile(Topic topic) {
        Button tile = tile(topic.labelKey(), topic.descriptionKey(), KioskNavigation.topic(kiosk.id(), topic));
        tile.addClassNames("topic-tile", "topic-" + topic.slug());
        return tile;
    }

    private Button action(String labelKey, String descriptionKey, String className, String location) {
        Button tile = tile(labelKey, descriptionKey, location);
        tile.addClassNames("tile", "action-tile", className);
        return tile;
    }

    private Button tile(String labelKey, String descriptionKey, String location) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("tile-label");
        Span description = new Span(getTranslation(descriptionKey));
        description.addClassName("tile-description");
        Button tile = new Button();
        tile.getElement().appendChild(label.getElement(), description.getElement());
        tile.addClassName("kiosk-button");
        tile.addClickListener(e -> go(location));
        return tile;
    }
}
