package vn.tramso.booking.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.tramso.booking.Slot;

/** Days and times as residents read them: "Thứ Hai, 23/11", "08:00 – 09:00". */
final class Dates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private Dates() {
    }

    static String day(LocalDate date, Locale locale) {
        String text = DateTimeFormatter.ofPattern("EEEE, dd/MM", locale).format(date);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    static String hours(Slot slot) {
        return time(slot.startsAt()) + " – " + time(slot.endsAt());
    }

    static String when(Slot slot, Locale locale) {
        return time(slot.startsAt()) + ", " + day(slot.date(), locale);
    }
}
