package vn.tramso.helpsession;

import java.time.LocalDateTime;

/** One entry of a session's change journal. */
public record SessionChange(Kind kind, String changedBy, LocalDateTime changedAt, String reason, String record) {

    public enum Kind {
        CREATED, EDITED, DELETED;

        public String labelKey() {
            return "session.change." + name().toLowerCase();
        }
    }
}
