package vn.tramso.concern;

/**
 * A concern as recorded.
 *
 * @param householdId  the household it came from, when known
 * @param sessionId    the help session it was heard in, when it was
 * @param contactPhone a phone for the answer, only with the resident's consent
 */
public record NewConcern(long villageId, ConcernCategory category, String text, ConcernSource source, Long householdId,
                         Long sessionId, String contactPhone) {
}
