package vn.tramso.rating;

import java.util.Map;

/** A village's answers in a period, in all and by channel. */
public record VillageRatings(long villageId, String villageName, RatingTotals totals, Map<RatingChannel, Long> byChannel) {

    public VillageRatings {
        byChannel = Map.copyOf(byChannel);
    }

    /** The answers given on a staff member's device handed over, not by the resident alone. */
    public long onStaffDevice() {
        return byChannel.getOrDefault(RatingChannel.STAFF_DEVICE, 0L);
    }
}
