package vn.tramso.concern;

import java.time.LocalDateTime;

/**
 * A concern as stored.
 *
 * @param contactPhone a phone for the answer, only when the resident gave one
 * @param recordedById the staff account that wrote it down; {@code null} from the kiosk
 * @param recordedBy   its name
 */
public record Concern(long id, long villageId, String villageName, Long householdId, String householdCode, Long sessionId,
                      ConcernCategory category, String text, ConcernSource source, Long recordedById, String recordedBy,
                      String contactPhone,
                      ConcernStatus status, String answer, String referredTo, Long duplicateOf, LocalDateTime dueAt,
                      LocalDateTime createdAt, LocalDateTime answeredAt, LocalDateTime closedAt, int version) {

    /** This concern with the names it shows, asked of place, household and account ({@link ConcernNames}). */
    Concern named(String village, String household, String author) {
        return new Concern(id, villageId, village, householdId, household, sessionId, category, text, source, recordedById, author,
                contactPhone, status, answer, referredTo, duplicateOf, dueAt, createdAt, answeredAt, closedAt, version);
    }

    /** Still waiting for the commune after its due time. */
    public boolean overdue(LocalDateTime now) {
        return status.isOpen() && dueAt.isBefore(now);
    }
}
