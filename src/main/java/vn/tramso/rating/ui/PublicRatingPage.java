package vn.tramso.rating.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tramso.rating.RatingAnswer;
import vn.tramso.rating.RatingInvite;
import vn.tramso.rating.Ratings;

/**
 * {@code rating/public/<key>}: the public QR code on a village's kiosk, to rate its cultural house
 * in general. Codes printed before decision 012 carry {@code danh-gia/chung/<key>}, which opens
 * the same page.
 */
@Route(value = "rating/public/:key", autoLayout = false)
@RouteAlias(value = "danh-gia/chung/:key", autoLayout = false)
@AnonymousAllowed
class PublicRatingPage extends PhoneRatingPage {

    private final Ratings ratings;
    private String key;

    PublicRatingPage(Ratings ratings) {
        this.ratings = ratings;
    }

    @Override
    protected RatingInvite open(BeforeEnterEvent event) {
        key = event.getRouteParameters().get("key").orElse("");
        return ratings.openPublic(key);
    }

    @Override
    protected void submit(RatingAnswer answer) {
        ratings.ratePublic(key, answer);
    }
}
