package vn.tramso.alert;

import java.time.LocalDateTime;
import java.util.List;

/** An alert as published, with the communes it is for. */
public record ScamAlert(long id, String title, String text, LocalDateTime validFrom, LocalDateTime validTo, String createdBy,
                        boolean withdrawn, List<Long> communeIds) {

    public ScamAlert {
        communeIds = List.copyOf(communeIds);
    }

    public boolean showingAt(LocalDateTime now) {
        return !withdrawn && !now.isBefore(validFrom) && now.isBefore(validTo);
    }
}
