package vn.tramso.rating.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import vn.tramso.base.ui.KioskMessage;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.KioskRefusal;
import vn.tramso.rating.RatingAnswer;
import vn.tramso.rating.RatingInvite;
import vn.tramso.rating.RatingRefusedException;

/**
 * A rating page opened on a resident's own phone by a QR code: no sign-in, large type on a small
 * screen, the cultural house named at the top, and the same questions as on the kiosk.
 */
abstract class PhoneRatingPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Main body = new Main();

    PhoneRatingPage() {
        addClassNames("kiosk", "rating-page");
        body.addClassName("kiosk-body");
    }

    /** What the page's key opens, from its route parameter. */
    protected abstract RatingInvite open(BeforeEnterEvent event);

    /** Saves the answer. */
    protected abstract void submit(RatingAnswer answer);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        body.removeAll();
        UI ui = UI.getCurrent();
        ui.setLocale(KioskNavigation.languageOf(event.getLocation().getQueryParameters()));
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
        Header header = new Header();
        header.addClassName("kiosk-header");
        Span place = new Span(getTranslation("app.name"));
        place.addClassName("kiosk-place");
        header.add(place);
        add(header, body);
        try {
            RatingInvite invite = open(event);
            place.setText(invite.culturalHouse());
            body.add(new RatingQuestions(false, this::answer));
        } catch (RatingRefusedException refused) {
            refused(refused);
        }
    }

    private void answer(RatingAnswer answer) {
        try {
            submit(answer);
            body.removeAll();
            body.add(new KioskMessage(getTranslation("rating.thanks"), getTranslation("rating.thanks.text")));
            body.getElement().setAttribute("role", "status");
        } catch (RatingRefusedException refused) {
            refused(refused);
        }
    }

    private void refused(RatingRefusedException refused) {
        body.removeAll();
        body.add(new KioskRefusal(getTranslation("rating.refused"), refused));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rating.title") + " – " + getTranslation("app.name");
    }
}
