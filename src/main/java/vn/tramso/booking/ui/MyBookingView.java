package vn.tramso.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.Optional;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.NumberPad;
import vn.tramso.base.ui.QrScanner;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingCodes;
import vn.tramso.booking.BookingKind;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.BookingState;

/**
 * "My booking": type the code from the ticket or hold the ticket to the camera or scanner, see
 * the ticket, and cancel it or move it to another time.
 */
@Route(value = "kiosk/:kiosk/my-booking", autoLayout = false)
@AnonymousAllowed
class MyBookingView extends BookingScreen {

    MyBookingView(KioskBooking booking) {
        super(booking);
        addClassName("my-booking");
    }

    @Override
    protected String titleKey() {
        return "my-booking.title";
    }

    @Override
    protected void start(BeforeEnterEvent event) {
        codeScreen();
    }

    private void codeScreen() {
        Paragraph how = new Paragraph(getTranslation("my-booking.how"));
        Paragraph message = new Paragraph();
        message.addClassName("scan-message");
        message.getElement().setAttribute("role", "alert");
        Button find = button("my-booking.find", "primary", "find-booking", () -> { });
        NumberPad pad = new NumberPad("", 8, NumberPad::code, value -> find.setEnabled(value.length() == 8));
        find.setEnabled(false);
        find.addClickListener(e -> open(pad.raw(), message));
        QrScanner scanner = new QrScanner(true, text -> open(text, message),
                () -> message.setText(getTranslation("my-booking.no-camera")));
        Div entry = new Div(pad, scanner);
        entry.addClassName("code-entry");
        screen(getTranslation("my-booking.title"), () -> go(KioskNavigation.home(kiosk.id())), how, entry, message, find);
    }

    private void open(String input, Paragraph message) {
        Optional<Booking> found;
        try {
            found = booking.codes().find(VaadinSession.getCurrent().getBrowser().getAddress(), village.id(), input);
        } catch (BookingRefusedException refused) {
            // too many wrong codes: said under the reader, like a code not found (decision 012)
            message.setText(Refusals.message(refused, locale));
            return;
        }
        if (found.isEmpty()) {
            message.setText(getTranslation(BookingCodes.read(input).isPresent() ? "booking.refused.unknown-code"
                    : "my-booking.not-a-ticket"));
            return;
        }
        bookingScreen(found.get());
    }

    private void bookingScreen(Booking mine) {
        Div actions = new Div();
        actions.addClassName("screen-actions");
        boolean today = mine.serviceDate().equals(LocalDate.now(booking.clock()));
        if (mine.state() == BookingState.BOOKED && today) {
            actions.add(button("my-booking.arrived", "primary", "self-check-in", () -> checkIn(mine)));
        }
        if (mine.kind() == BookingKind.APPOINTMENT && mine.state() == BookingState.BOOKED) {
            actions.add(button("my-booking.move", "secondary", "move-booking", () -> moveScreen(mine)));
        }
        if (BookingState.OPEN.contains(mine.state())) {
            actions.add(button("my-booking.cancel", "secondary", "cancel-booking", () -> cancelScreen(mine)));
        }
        actions.add(button("nav.done", "primary", "ticket-done", () -> go(KioskNavigation.home(kiosk.id()))));
        screen(getTranslation("my-booking.your-ticket"), this::codeScreen,
                ticket(mine.code()), actions);
    }

    /** A resident arriving for today's appointment joins the queue themselves. */
    private void checkIn(Booking mine) {
        try {
            bookingScreen(booking.queue().checkInAtKiosk(kiosk.deviceId(), mine.code()));
        } catch (BookingRefusedException refused) {
            refusedScreen(refused);
        }
    }

    private void cancelScreen(Booking mine) {
        Paragraph what = new Paragraph(mine.kind() == BookingKind.APPOINTMENT
                ? getTranslation("my-booking.cancel.appointment", Dates.time(mine.slotStartsAt()),
                        Dates.day(mine.serviceDate(), locale))
                : getTranslation("my-booking.cancel.walk-in"));
        Button yes = button("my-booking.cancel.yes", "primary", "cancel-yes", () -> {
            try {
                booking.bookings().cancel(mine.code());
                doneScreen(getTranslation("my-booking.cancelled"));
            } catch (BookingRefusedException refused) {
                refusedScreen(refused);
            }
        });
        Button no = button("my-booking.cancel.no", "secondary", "cancel-no", () -> bookingScreen(mine));
        Div actions = new Div(yes, no);
        actions.addClassName("screen-actions");
        screen(getTranslation("my-booking.cancel.title"), () -> bookingScreen(mine), what, actions);
    }

    private void moveScreen(Booking mine) {
        screen(getTranslation("book.when.title"), () -> bookingScreen(mine),
                ChoiceTiles.days(booking.schedule().upcoming(village.id()), this::dayName, day -> moveTimeScreen(mine, day)));
    }

    private void moveTimeScreen(Booking mine, LocalDate day) {
        screen(getTranslation("book.time.title", dayName(day)), () -> moveScreen(mine),
                ChoiceTiles.times(slotsLeftOn(day), slot -> {
                    try {
                        bookingScreen(booking.bookings().move(mine.code(), slot.ref()));
                    } catch (BookingRefusedException refused) {
                        refusedScreen(refused);
                    }
                }));
    }

    private void doneScreen(String text) {
        Paragraph message = new Paragraph(text);
        message.getElement().setAttribute("role", "status");
        message.addClassName("done-message");
        Button done = button("nav.done", "primary", "ticket-done", () -> go(KioskNavigation.home(kiosk.id())));
        screen(getTranslation("my-booking.title"), this::codeScreen, message, done);
    }

    private void refusedScreen(BookingRefusedException refused) {
        refused(getTranslation("my-booking.refused"), Refusals.message(refused, locale),
                button("nav.back", "secondary", "back-button", this::codeScreen),
                button("nav.done", "primary", "ticket-done", () -> go(KioskNavigation.home(kiosk.id()))));
    }
}
