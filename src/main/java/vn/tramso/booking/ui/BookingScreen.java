package vn.tramso.booking.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.tramso.base.Formats;
import vn.tramso.base.ui.KioskMessage;
import vn.tramso.base.ui.KioskScreen;
import vn.tramso.booking.Slot;
import vn.tramso.place.Village;

/**
 * A kiosk screen that books at the cultural house of the kiosk's village. Its flow runs inside
 * the screen, one question at a time; nothing a resident enters goes into the URL.
 */
abstract class BookingScreen extends KioskScreen {

    protected final KioskBooking booking;
    protected Village village;

    BookingScreen(KioskBooking booking) {
        super(booking.frames());
        this.booking = booking;
    }

    @Override
    protected final String render(BeforeEnterEvent event) {
        village = booking.places().village(kiosk.villageId()).orElse(null);
        if (village == null) {
            body.add(new KioskMessage(getTranslation("book.unavailable.title"), getTranslation("book.unavailable.text")));
        } else {
            start(event);
        }
        return getTranslation(titleKey());
    }

    /** Shows the flow's first question. */
    protected abstract void start(BeforeEnterEvent event);

    protected abstract String titleKey();

    @Override
    protected boolean showsHelpButton() {
        return false;
    }

    /** The day's slots that have not started yet. */
    protected List<Slot> slotsLeftOn(LocalDate day) {
        LocalDateTime now = LocalDateTime.now(booking.clock());
        return booking.schedule().slotsOn(village.id(), day).stream().filter(s -> s.start().isAfter(now)).toList();
    }

    /** A day to choose, as residents say it: "Hôm nay, 21/12", "Ngày mai, 22/12", "Thứ Tư, 23/12". */
    protected String dayName(LocalDate day) {
        LocalDate today = LocalDate.now(booking.clock());
        String date = Formats.DAY_MONTH.format(day);
        if (day.equals(today)) {
            return getTranslation("day.today", date);
        }
        return day.equals(today.plusDays(1)) ? getTranslation("day.tomorrow", date) : Dates.day(day, locale);
    }

    protected TicketPanel ticket(String code) {
        return new TicketPanel(booking.queue(), booking.events(), booking.ratings(), code, locale);
    }
}
