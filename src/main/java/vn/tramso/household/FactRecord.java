package vn.tramso.household;

import java.time.LocalDate;
import java.util.Map;

/**
 * One fact as recorded, for a member's own record and the history of their status.
 *
 * @param recordedById the staff account that recorded it, if any (an import has none); {@code recordedBy} is its name
 */
public record FactRecord(Fact fact, int value, LocalDate asOf, FactSource source, Long sessionId, Long recordedById,
                         String recordedBy) {

    /** This fact with the name of who recorded it, asked of account's API ({@link StaffNames}). */
    FactRecord named(Map<Long, String> names) {
        return new FactRecord(fact, value, asOf, source, sessionId, recordedById,
                recordedById == null ? null : names.get(recordedById));
    }
}
