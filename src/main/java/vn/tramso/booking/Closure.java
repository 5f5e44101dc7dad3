package vn.tramso.booking;

import java.time.LocalDate;

/** A day the cultural house has no duty (a holiday, another event). */
public record Closure(long id, long villageId, LocalDate closedOn, String reason) {
}
