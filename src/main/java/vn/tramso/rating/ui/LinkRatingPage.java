package vn.tramso.rating.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tramso.rating.RatingAnswer;
import vn.tramso.rating.RatingInvite;
import vn.tramso.rating.Ratings;

/**
 * {@code rating/<token>}: the single-use link of a ticket's or a receipt's QR code, on the
 * resident's own phone (never a hand-over). Tickets printed before decision 012 carry
 * {@code danh-gia/<token>}, which opens the same page.
 */
@Route(value = "rating/:token", autoLayout = false)
@RouteAlias(value = "danh-gia/:token", autoLayout = false)
@AnonymousAllowed
class LinkRatingPage extends PhoneRatingPage {

    private final Ratings ratings;
    private String token;

    LinkRatingPage(Ratings ratings) {
        this.ratings = ratings;
    }

    @Override
    protected RatingInvite open(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        return ratings.open(token);
    }

    @Override
    protected void submit(RatingAnswer answer) {
        ratings.rate(token, answer);
    }
}
