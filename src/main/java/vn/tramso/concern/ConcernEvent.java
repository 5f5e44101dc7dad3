package vn.tramso.concern;

import java.time.LocalDateTime;
import java.util.Map;

/** One entry of a concern's journal: a change of status, by whom (an account and its name; {@code null}: the kiosk), with a note. */
public record ConcernEvent(LocalDateTime at, Long byId, String by, ConcernStatus from, ConcernStatus to, String note) {

    /** This entry with the name of who made the change ({@link ConcernNames}). */
    ConcernEvent named(Map<Long, String> names) {
        return new ConcernEvent(at, byId, byId == null ? null : names.get(byId), from, to, note);
    }
}
