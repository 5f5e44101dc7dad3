package vn.tramso.concern;

/** Concerns of one village and category: still open, of those overdue, and closed (of those answered on time). */
public record ConcernCount(long villageId, ConcernCategory category, int open, int overdue, int closed, int closedOnTime) {
}
