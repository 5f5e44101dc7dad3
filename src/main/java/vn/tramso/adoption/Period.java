package vn.tramso.adoption;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A reporting period: a month, a quarter or a year, from its first day to the day after its last.
 *
 * @param to exclusive
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        MONTH, QUARTER, YEAR;

        public String labelKey() {
            return "period." + name().toLowerCase();
        }
    }

    /** The period of this kind holding {@code day}. */
    public static Period of(Kind kind, LocalDate day) {
        LocalDate first = switch (kind) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
        return new Period(kind, first, switch (kind) {
            case MONTH -> first.plusMonths(1);
            case QUARTER -> first.plusMonths(3);
            case YEAR -> first.plusYears(1);
        });
    }

    /** The month whose stocks stand for the period: its last, or the current one when the period is not over. */
    public LocalDate stockMonth(LocalDate today) {
        LocalDate last = to.minusMonths(1);
        return last.isAfter(today) ? today.withDayOfMonth(1) : last;
    }

    /** "11/2026", "Quý 4/2026", "2026" as Vietnamese reports write them. */
    public String label() {
        return switch (kind) {
            case MONTH -> YearMonth.from(from).getMonthValue() + "/" + from.getYear();
            case QUARTER -> "Quý " + ((from.getMonthValue() - 1) / 3 + 1) + "/" + from.getYear();
            case YEAR -> String.valueOf(from.getYear());
        };
    }

    public Period previous() {
        return of(kind, from.minusDays(1));
    }
}
