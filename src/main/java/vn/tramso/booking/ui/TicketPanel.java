package vn.tramso.booking.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import vn.tramso.base.QrCodes;
import vn.tramso.base.ui.LinkQr;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingCodes;
import vn.tramso.booking.BookingKind;
import vn.tramso.booking.BookingState;
import vn.tramso.booking.QueueEvents;
import vn.tramso.booking.Queues;
import vn.tramso.booking.TicketStatus;
import vn.tramso.rating.Ratings;

/**
 * A ticket: the number to listen for, when and where, the booking code with its QR code, and
 * for a resident in today's queue the people ahead and the wait, kept current by server push
 * while the ticket is on screen; and a second QR code to rate the help afterwards on the
 * resident's own phone. It prints on an 80 mm receipt printer. No name on it: a ticket left
 * behind tells nobody who booked.
 */
class TicketPanel extends Div {

    private final Queues queue;
    private final QueueEvents events;
    private final String code;
    private final Locale locale;
    private final Ratings ratings;
    private final Span status = new Span();
    /** The single-use link to rate the help on the resident's phone, made once per ticket shown. */
    private LinkQr ratingQr;
    private long villageId;
    private Runnable unsubscribe;

    TicketPanel(Queues queue, QueueEvents events, Ratings ratings, String code, Locale locale) {
        this.queue = queue;
        this.ratings = ratings;
        this.events = events;
        this.code = code;
        this.locale = locale;
        addClassName("ticket");
        status.addClassName("ticket-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = events.subscribe(villageId, v -> ui.access(this::render));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    private void render() {
        removeAll();
        TicketStatus ticket = queue.status(code).orElse(null);
        if (ticket == null) {
            add(new Paragraph(getTranslation("booking.refused.unknown-code")));
            return;
        }
        Booking b = ticket.booking();
        villageId = b.villageId();
        Span label = new Span(getTranslation("ticket.number"));
        label.addClassName("ticket-label");
        Span number = new Span(String.valueOf(b.ticketNumber()));
        number.addClassName("ticket-number");
        Paragraph when = new Paragraph(b.kind() == BookingKind.APPOINTMENT
                ? getTranslation("ticket.appointment", Dates.time(b.slotStartsAt()), Dates.day(b.serviceDate(), locale))
                : getTranslation("ticket.walk-in", Dates.day(b.serviceDate(), locale)));
        when.addClassName("ticket-when");
        Paragraph where = new Paragraph(ticket.village().culturalHouse());
        where.addClassName("ticket-where");
        status.setText(statusText(ticket));
        Html qr = new Html("<div class=\"ticket-qr\">" + QrCodes.svg(BookingCodes.qrPayload(b.code()),
                getTranslation("ticket.qr.label")) + "</div>");
        Span codeLabel = new Span(getTranslation("ticket.code"));
        codeLabel.addClassName("ticket-label");
        Span codeText = new Span(b.displayCode());
        codeText.addClassName("ticket-code");
        Div codeBox = new Div(qr, codeLabel, codeText);
        codeBox.addClassName("ticket-code-box");
        Div head = new Div(label, number, when, where, status);
        head.addClassName("ticket-head");
        add(head, codeBox);
        if (b.kind() == BookingKind.APPOINTMENT && b.state() == BookingState.BOOKED) {
            Paragraph note = new Paragraph(ticket.reminded() ? getTranslation("ticket.reminder", b.resident().maskedPhone())
                    : getTranslation("ticket.no-reminder"));
            note.addClassName("ticket-note");
            add(note);
        }
        if (b.state() != BookingState.CANCELLED && b.state() != BookingState.NO_SHOW) {
            add(ratingBox(b));
        }
    }

    private Div ratingBox(Booking b) {
        if (ratingQr == null) {
            ratingQr = new LinkQr(ratings.linkForBooking(b.id()), getTranslation("ticket.rating.label"));
        }
        Paragraph text = new Paragraph(getTranslation("ticket.rating"));
        Div box = new Div(ratingQr, text);
        box.addClassName("ticket-rating");
        return box;
    }

    private String statusText(TicketStatus t) {
        return switch (t.booking().state()) {
            case BOOKED -> getTranslation("ticket.status.booked");
            case WAITING -> t.ahead() == 0 ? getTranslation("ticket.status.next")
                    : getTranslation("ticket.status.ahead", t.ahead(), t.waitMinutes());
            case CALLED -> getTranslation("ticket.status.called");
            case IN_HELP -> getTranslation("ticket.status.in-help");
            case DONE -> getTranslation("ticket.status.done");
            case NO_SHOW -> getTranslation("ticket.status.no-show");
            case CANCELLED -> getTranslation("ticket.status.cancelled");
        };
    }
}
