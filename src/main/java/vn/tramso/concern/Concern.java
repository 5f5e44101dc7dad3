package vn.tramso.concern;

import java.time.LocalDateTime;

/**
 * A concern as stored.
 *
 * @param contactPhone a phone for the answer, only when the resident gave one
 * @param recordedBy   the staff member who wrote it down; {@code null} from the kiosk
 */
public record Concern(long id, long villageId, String villageName, Long householdId, String householdCode, Long sessionId,
                      ConcernCategory category, String text, ConcernSource source, String recordedBy, String contactPhone,
                      ConcernStatus status, String answer, String referredTo, Long duplicateOf, LocalDateTime dueAt,
                      LocalDateTime createdAt, LocalDateTime answeredAt, LocalDateTime closedAt, int version) {

    /** Still waiting for the commune after its due time. */
    public boolean overdue(LocalDateTime now) {
        return status.isOpen() && dueAt.isBefore(now);
    }
}
