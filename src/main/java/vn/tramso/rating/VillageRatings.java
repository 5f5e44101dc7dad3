package vn.tramso.rating;

import java.util.Map;

/** A village's answers in a period, in all and by channel. */
public record VillageRatings(long villageId, String villageName, RatingTotals totals, Map<RatingChannel, Long> byChannel) {

    public VillageRatings {
        byChannel = Map.copyOf(byChannel);
    }
}
