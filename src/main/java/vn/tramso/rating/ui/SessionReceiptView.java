package vn.tramso.rating.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.KioskMessage;
import vn.tramso.base.ui.KioskRefusal;
import vn.tramso.base.ui.LinkQr;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffNavigation;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.rating.RatingRefusedException;
import vn.tramso.rating.Ratings;

/**
 * After a help session is logged: the receipt with a QR code to rate it on the resident's own
 * phone within 7 days, the device handed to the resident to rate it now (full screen, nothing of
 * the volunteer's app reachable), or an invitation to rate it on the village's kiosk. Only for the
 * volunteer who logged it, within {@link Ratings#OFFER_WINDOW}; anyone else is told why not.
 */
@Route(value = "volunteer/rating", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class SessionReceiptView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final Ratings ratings;
    /** Where "done" leads: the queue the session was logged from, else the list of sessions. */
    private String back;

    SessionReceiptView(Ratings ratings) {
        this.ratings = ratings;
        addClassNames("staff-page", "session-receipt");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        removeAll();
        back = event.getLocation().getQueryParameters().getSingleParameter(StaffNavigation.FROM).filter("queue"::equals)
                .map(q -> StaffNavigation.queue()).orElse(StaffNavigation.sessions());
        add(new H1(getTranslation("receipt.title")));
        Button done = new Button(getTranslation("receipt.done"), e -> StaffNavigation.go(back));
        done.addClassName("receipt-done");
        String phoneLink;
        try {
            phoneLink = ratings.linkForSession(sessionId);
        } catch (RatingRefusedException refused) {
            if (refused.reason() == RatingRefusedException.Reason.UNKNOWN_LINK) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            StaffRefusal why = new StaffRefusal();
            why.addClassName("receipt-refused");
            why.show(refused);
            add(why, done);
            return;
        }
        add(new Paragraph(getTranslation("receipt.saved")));
        Button handOver = new Button(getTranslation("receipt.hand-over"), e -> handOver(sessionId));
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        handOver.addClassName("receipt-hand-over");
        Button kiosk = new Button(getTranslation("receipt.at-kiosk"), e -> {
            try {
                ratings.inviteAtKiosk(sessionId);
                e.getSource().setEnabled(false);
                Notification.show(getTranslation("receipt.at-kiosk.sent"), 4000, Notification.Position.MIDDLE);
            } catch (RatingRefusedException refused) {
                StaffRefusal.notice(refused);
            }
        });
        kiosk.addClassName("receipt-at-kiosk");
        Div qr = new Div(new LinkQr(phoneLink, getTranslation("receipt.qr.label")), new Paragraph(getTranslation("receipt.qr")));
        qr.addClassName("receipt-qr");
        Div actions = new Div(handOver, kiosk, done);
        actions.addClassName("queue-actions");
        add(actions, qr);
    }

    /** The resident rates on this device, full screen; the volunteer gets it back at the end. */
    private void handOver(long sessionId) {
        long handOver;
        try {
            handOver = ratings.handOver(sessionId);
        } catch (RatingRefusedException refused) {
            StaffRefusal.notice(refused);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassNames("kiosk", "rating-hand-over");
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("100vw");
        dialog.setHeight("100%");
        Button skip = new Button(getTranslation("receipt.skip"), e -> dialog.close());
        skip.addClassNames("kiosk-button", "secondary", "rating-skip");
        dialog.getFooter().add(skip);
        dialog.add(new RatingQuestions(false, answer -> {
            dialog.getFooter().removeAll();
            dialog.removeAll();
            try {
                ratings.rateHandedOver(handOver, answer);
                dialog.add(new KioskMessage(getTranslation("rating.thanks"), getTranslation("receipt.give-back")));
            } catch (RatingRefusedException refused) {
                dialog.add(new KioskRefusal(getTranslation("rating.refused"), refused));
            }
            Button givenBack = new Button(getTranslation("receipt.done"), e -> {
                dialog.close();
                StaffNavigation.go(back);
            });
            givenBack.addClassNames("kiosk-button", "primary", "rating-given-back");
            dialog.add(givenBack);
        }));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("receipt.title");
    }
}
