package vn.tramso.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as Vietnamese readers write them, in one place for every screen, file and
 * message: 08:30, 23/11, 23/11/2026, "Thứ Hai, 23/11", 08:30 23/11/2026; and figures: 4,6 and 83%.
 */
public final class Formats {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    public static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    public static final DateTimeFormatter SHORT_DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM");

    private Formats() {
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "08:30 23/11/2026", or a dash for no time. */
    public static String dateTime(LocalDateTime time) {
        return time == null ? "–" : DATE_TIME.format(time);
    }

    /** The day with its weekday in the reader's language, capitalised: "Thứ Hai, 23/11", "Monday, 23/11". */
    public static String weekday(LocalDate date, Locale locale) {
        String text = DateTimeFormatter.ofPattern("EEEE, dd/MM", locale).format(date);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One decimal with a comma, as Vietnamese write it: "4,6". */
    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    /** A share from 0 to 1 as a whole percentage: "83%". */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
