package vn.tramso.concern;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a concern is: NEW → FORWARDED to the commune → IN_PROGRESS → ANSWERED → CLOSED once the
 * resident has been told; or NOT_COMPETENT (referred elsewhere, then CLOSED when told), or a
 * DUPLICATE of another concern (CLOSED when its resident is told the original's answer, so its
 * phone is forgotten like any other's; a closed duplicate does not count as answered).
 */
public enum ConcernStatus {
    NEW, FORWARDED, IN_PROGRESS, ANSWERED, CLOSED, NOT_COMPETENT, DUPLICATE;

    /** Still waiting for the commune: these count as overdue after their due time. */
    public static final Set<ConcernStatus> OPEN = EnumSet.of(NEW, FORWARDED, IN_PROGRESS);

    /** Answered one way or another, waiting for the member to tell the resident. */
    public static final Set<ConcernStatus> TO_PASS_ON = EnumSet.of(ANSWERED, NOT_COMPETENT);
    /** The commune has said its word: an answer, where to go, or the loop closed. */
    public static final Set<ConcernStatus> ANSWERED_ONES = EnumSet.of(ANSWERED, NOT_COMPETENT, CLOSED);

    /** The statuses this one may change to. */
    public Set<ConcernStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(FORWARDED, IN_PROGRESS, ANSWERED, NOT_COMPETENT, DUPLICATE);
            case FORWARDED -> EnumSet.of(IN_PROGRESS, ANSWERED, NOT_COMPETENT, DUPLICATE);
            case IN_PROGRESS -> EnumSet.of(ANSWERED, NOT_COMPETENT, DUPLICATE);
            case ANSWERED, NOT_COMPETENT, DUPLICATE -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(ConcernStatus.class);
        };
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public String labelKey() {
        return "concern.status." + name().toLowerCase().replace('_', '-');
    }
}
