package vn.tramso.helpsession;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One entry of a session's change journal.
 *
 * @param changedById the staff account that made the change; {@code changedBy} is its name
 */
public record SessionChange(Kind kind, long changedById, String changedBy, LocalDateTime changedAt, String reason, String record) {

    /** This change with the name of who made it, asked of account's API ({@link SessionNames}). */
    SessionChange named(Map<Long, String> names) {
        return new SessionChange(kind, changedById, names.get(changedById), changedAt, reason, record);
    }

    public enum Kind {
        CREATED, EDITED, DELETED;

        public String labelKey() {
            return "session.change." + name().toLowerCase();
        }
    }
}
