package vn.tramso.rating.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.function.Consumer;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskMessage;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.KioskScreen;
import vn.tramso.base.ui.LinkQr;
import vn.tramso.rating.RatingAnswer;
import vn.tramso.rating.RatingRefusedException;
import vn.tramso.rating.Ratings;

/**
 * Rating at the kiosk. With {@code ?moi=<id>}, a volunteer's invitation to rate the help just
 * logged; without, the cultural house's service in general, here or, by the public QR code, on the
 * resident's own phone. The answer lives only in this screen; the idle reset drops it.
 */
@Route(value = "kiosk/:kiosk/rating", autoLayout = false)
@RouteAlias(value = "kiosk/:kiosk/danh-gia", autoLayout = false) // before decision 012; kept for links already out
@AnonymousAllowed
class KioskRatingView extends KioskScreen {

    private final Ratings ratings;

    KioskRatingView(KioskFrames frames, Ratings ratings) {
        super(frames);
        this.ratings = ratings;
        addClassName("kiosk-rating");
    }

    @Override
    protected String render(BeforeEnterEvent event) {
        Optional<Long> invite = event.getLocation().getQueryParameters().getSingleParameter(KioskNavigation.INVITE)
                .filter(s -> s.matches("[0-9]{1,18}")).map(Long::valueOf)
                .filter(id -> ratings.kioskInvites(kiosk.villageId()).stream().anyMatch(i -> i.id() == id));
        if (invite.isPresent()) {
            questions(answer -> ratings.rateInvite(kiosk.deviceId(), invite.get(), answer));
        } else {
            startScreen();
        }
        return getTranslation("rating.title");
    }

    @Override
    protected boolean showsHelpButton() {
        return false;
    }

    private void startScreen() {
        Button here = button("rating.kiosk.here", "primary", "rating-here",
                () -> questions(answer -> ratings.rateAtKiosk(kiosk.deviceId(), answer)));
        LinkQr qr = new LinkQr(ratings.publicLink(kiosk.villageId()), getTranslation("rating.kiosk.qr.label"));
        Paragraph phone = new Paragraph(getTranslation("rating.kiosk.phone"));
        Div onPhone = new Div(qr, phone);
        onPhone.addClassName("rating-public-qr");
        screen(getTranslation("rating.kiosk.title"), () -> go(KioskNavigation.home(kiosk.id())), here, onPhone);
    }

    private void questions(Consumer<RatingAnswer> save) {
        body.removeAll();
        body.add(new RatingQuestions(true, answer -> {
            Button home = button("nav.home", "primary", "rating-home", () -> go(KioskNavigation.home(kiosk.id())));
            try {
                save.accept(answer);
                body.removeAll();
                body.add(new KioskMessage(getTranslation("rating.thanks"), getTranslation("rating.thanks.text")), home);
            } catch (RatingRefusedException refused) {
                refused(getTranslation("rating.refused"), refused, home);
            }
        }));
    }
}
