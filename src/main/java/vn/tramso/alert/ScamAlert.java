package vn.tramso.alert;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An alert as published, with the communes it is for.
 *
 * @param pictureSvg the picture's markup as rebuilt by the SVG allowlist, safe to inline; or {@code null}
 */
public record ScamAlert(long id, String title, String text, LocalDateTime validFrom, LocalDateTime validTo, String createdBy,
                        boolean withdrawn, List<Long> communeIds, String pictureSvg) {

    public ScamAlert {
        communeIds = List.copyOf(communeIds);
    }

    public boolean showingAt(LocalDateTime now) {
        return !withdrawn && !now.isBefore(validFrom) && now.isBefore(validTo);
    }
}
