package vn.tramso.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tramso.base.Topic;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.LetterKeypad;
import vn.tramso.base.ui.NumberPad;
import vn.tramso.base.ui.QrScanner;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.CccdParser;
import vn.tramso.booking.Resident;
import vn.tramso.booking.Slot;

/**
 * Booking help at the kiosk, one decision per screen: what about → when (join today's queue, or
 * a day and a time) → who (scan the ID card after consent, or type the name on the keypad) → a
 * phone number for an appointment's reminder → confirm → the ticket.
 */
@Route(value = "kiosk/:kiosk/book", autoLayout = false)
@AnonymousAllowed
class BookHelpView extends BookingScreen {

    private BookingDraft draft;

    BookHelpView(KioskBooking booking) {
        super(booking);
        addClassName("book");
    }

    @Override
    protected String titleKey() {
        return "book.title";
    }

    @Override
    protected void start(BeforeEnterEvent event) {
        draft = new BookingDraft();
        booking.guideOf(kiosk.id(), event.getLocation().getQueryParameters()).ifPresent(draft::fromStep);
        if (draft.topic == null) {
            topicScreen();
        } else {
            whenScreen();
        }
    }

    private void topicScreen() {
        screen(getTranslation("book.topic.title"), () -> go(KioskNavigation.home(kiosk.id())),
                ChoiceTiles.topics(booking.topics(kiosk.id()), this::chooseTopic));
    }

    private void chooseTopic(Topic topic) {
        draft.topic = topic;
        whenScreen();
    }

    private void whenScreen() {
        Div choices = new Div();
        choices.addClassName("when-choices");
        Optional<Slot> now = booking.schedule().current(village.id());
        if (now.isPresent()) {
            int waiting = booking.queue().waitingCount(village.id());
            Button walkIn = ChoiceTiles.tile(getTranslation("book.walk-in"), waiting == 0
                    ? getTranslation("book.walk-in.nobody") : getTranslation("book.walk-in.waiting", waiting), "walk-in-choice");
            walkIn.addClickListener(e -> {
                draft.slot = null;
                identifyScreen();
            });
            choices.add(walkIn);
        }
        List<Slot> upcoming = booking.schedule().upcoming(village.id());
        Div days = ChoiceTiles.days(upcoming, this::dayName, this::dayScreen);
        if (days.getComponentCount() > 0) {
            Paragraph later = new Paragraph(getTranslation("book.later"));
            later.addClassName("choice-heading");
            choices.add(later, days);
        }
        if (choices.getComponentCount() == 0) {
            choices.add(new Paragraph(getTranslation("book.no-duty", kiosk.contactName().in(locale), kiosk.contactPhone())));
        }
        screen(getTranslation("book.when.title"), this::topicScreen, choices);
    }

    private void dayScreen(LocalDate day) {
        screen(getTranslation("book.time.title", dayName(day)), this::whenScreen,
                ChoiceTiles.times(slotsLeftOn(day), slot -> {
                    draft.slot = slot;
                    identifyScreen();
                }));
    }

    private void identifyScreen() {
        Button scan = ChoiceTiles.tile(getTranslation("book.identify.scan"), getTranslation("book.identify.scan.description"),
                "scan-choice");
        scan.addClickListener(e -> consentScreen());
        Button type = ChoiceTiles.tile(getTranslation("book.identify.type"), getTranslation("book.identify.type.description"),
                "type-choice");
        type.addClickListener(e -> nameScreen());
        Div choices = new Div(scan, type);
        choices.addClassName("choice-tiles");
        screen(getTranslation("book.identify.title"), this::backFromIdentify, choices);
    }

    private void backFromIdentify() {
        if (draft.walkIn()) {
            whenScreen();
        } else {
            dayScreen(draft.slot.date());
        }
    }

    /**
     * Consent first: what is read from the card, what is kept and for how long, and what becomes of
     * the camera's pictures. Silence is not consent.
     */
    private void consentScreen() {
        Div text = new Div(new Paragraph(getTranslation("book.consent.read")),
                new Paragraph(getTranslation(draft.walkIn() ? "book.consent.kept.walk-in" : "book.consent.kept")),
                new Paragraph(getTranslation("book.consent.not-kept")), new Paragraph(getTranslation("book.consent.camera")));
        text.addClassName("consent-text");
        Button agree = button("book.consent.agree", "primary", "consent-agree", this::scanScreen);
        Button refuse = button("book.consent.refuse", "secondary", "consent-refuse", this::nameScreen);
        Div actions = new Div(agree, refuse);
        actions.addClassName("screen-actions");
        screen(getTranslation("book.consent.title"), this::identifyScreen, text, actions);
    }

    private void scanScreen() {
        Paragraph how = new Paragraph(getTranslation("book.scan.how"));
        Paragraph message = new Paragraph();
        message.addClassName("scan-message");
        message.getElement().setAttribute("role", "alert");
        QrScanner scanner = new QrScanner(true, payload -> {
            switch (CccdParser.parse(payload, LocalDate.now(booking.clock()))) {
                case CccdParser.Read read -> {
                    draft.name = read.card().fullName(); // the rest of the card is dropped here
                    nameFromCardScreen();
                }
                case CccdParser.Refused refused -> message.setText(getTranslation(refused.reason().messageKey()));
            }
        }, () -> message.setText(getTranslation("book.scan.no-camera")));
        Button type = button("book.scan.type-instead", "secondary", "type-instead", this::nameScreen);
        screen(getTranslation("book.scan.title"), this::consentScreen, how, scanner, message, type);
    }

    private void nameFromCardScreen() {
        Paragraph name = new Paragraph(draft.name);
        name.addClassName("card-name");
        Button yes = button("book.card-name.yes", "primary", "card-name-yes", this::afterName);
        Button no = button("book.card-name.no", "secondary", "card-name-no", () -> {
            draft.name = "";
            nameScreen();
        });
        Div actions = new Div(yes, no);
        actions.addClassName("screen-actions");
        screen(getTranslation("book.card-name.title"), this::scanScreen, name, actions);
    }

    private void nameScreen() {
        Button next = button("nav.next", "primary", "name-next", this::afterName);
        LetterKeypad keypad = new LetterKeypad(draft.name, value -> {
            draft.name = value;
            next.setEnabled(Resident.cleanName(value).isPresent());
        });
        next.setEnabled(Resident.cleanName(draft.name).isPresent());
        screenWithNext(getTranslation("book.name.title"), this::identifyScreen, next, keypad);
    }

    private void afterName() {
        if (draft.walkIn()) {
            confirmScreen();
        } else {
            phoneScreen();
        }
    }

    private void phoneScreen() {
        Paragraph why = new Paragraph(getTranslation("book.phone.why"));
        Button next = button("nav.next", "primary", "phone-next", this::confirmScreen);
        NumberPad pad = new NumberPad(draft.phone, 10, NumberPad::phone, value -> {
            draft.phone = value;
            next.setEnabled(Resident.cleanPhone(value).isPresent());
        });
        next.setEnabled(Resident.cleanPhone(draft.phone).isPresent());
        screenWithNext(getTranslation("book.phone.title"), this::nameScreen, next, why, pad);
    }

    private void confirmScreen() {
        Button confirm = button(draft.walkIn() ? "book.confirm.walk-in" : "book.confirm.appointment", "primary",
                "confirm-booking", this::book);
        confirm.setDisableOnClick(true);
        screenWithNext(getTranslation("book.confirm.title"), draft.walkIn() ? this::nameScreen : this::phoneScreen, confirm,
                new BookingSummary(draft, village, locale));
    }

    private void book() {
        try {
            ticketScreen(booking.bookings().book(draft.request(village.code(), kiosk.deviceId())));
        } catch (BookingRefusedException refused) {
            refusedScreen(refused);
        }
    }

    /** A full or past time offers the next free one; the resident may also choose again. */
    private void refusedScreen(BookingRefusedException refused) {
        List<Component> waysOn = new ArrayList<>();
        refused.nextFree().ifPresent(slot -> {
            Button take = new Button(getTranslation("book.take-next", Dates.when(slot, locale)), e -> {
                draft.slot = slot;
                if (Resident.cleanPhone(draft.phone).isPresent()) {
                    confirmScreen();
                } else {
                    phoneScreen(); // a walk-in gave no phone; an appointment's reminder needs one
                }
            });
            take.addClassNames("kiosk-button", "primary", "take-next");
            waysOn.add(take);
        });
        waysOn.add(button("book.choose-again", "secondary", "choose-again", this::whenScreen));
        refused(getTranslation("book.refused.title"), Refusals.message(refused, locale), waysOn.toArray(Component[]::new));
    }

    private void ticketScreen(Booking booked) {
        draft = new BookingDraft(); // booked: nothing of it stays on this screen but the ticket
        TicketPanel ticket = ticket(booked.code());
        Button print = button("ticket.print", "secondary", "print-ticket", () -> getElement().executeJs("window.print()"));
        Button done = button("nav.done", "primary", "ticket-done", () -> go(KioskNavigation.home(kiosk.id())));
        Div actions = new Div(print, done);
        actions.addClassNames("screen-actions", "ticket-actions");
        body.removeAll();
        H1 title = new H1(getTranslation(booked.slotStartsAt() == null ? "ticket.title.walk-in" : "ticket.title.appointment"));
        body.add(title, ticket, actions);
    }
}
