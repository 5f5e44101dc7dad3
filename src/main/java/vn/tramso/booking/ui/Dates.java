package vn.tramso.booking.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import vn.tramso.base.Formats;
import vn.tramso.booking.Slot;

/** Slots as residents read them: "08:00 – 09:00", "08:00, Thứ Hai, 23/11" (see {@link Formats}). */
final class Dates {

    private Dates() {
    }

    static String day(LocalDate date, Locale locale) {
        return Formats.weekday(date, locale);
    }

    static String time(LocalTime time) {
        return Formats.time(time);
    }

    static String hours(Slot slot) {
        return time(slot.startsAt()) + " – " + time(slot.endsAt());
    }

    static String when(Slot slot, Locale locale) {
        return time(slot.startsAt()) + ", " + day(slot.date(), locale);
    }
}
