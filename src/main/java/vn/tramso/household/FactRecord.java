package vn.tramso.household;

import java.time.LocalDate;

/** One fact as recorded, for a member's own record and the history of their status. */
public record FactRecord(Fact fact, int value, LocalDate asOf, FactSource source, Long sessionId, String recordedBy) {
}
