package vn.tramso.adoption;

import java.util.List;

/**
 * A place's {@link Figures} from the sums {@link AdoptionStore} reads, in the order of its columns:
 * the 16 monthly events, the 7 village stocks, the median session length, the commune's own dossiers
 * (received, online). A group with no row of a kind counts 0 of it; the kiosk counts come from usage
 * afterwards ({@link Figures#withKiosk}). Arithmetic only, no SQL.
 */
final class SummedFigures {

    private SummedFigures() {
    }

    /**
     * @param events   the 16 event sums, or null
     * @param stocks   the 7 stock sums, or null
     * @param median   the median minutes as one value, or null
     * @param villages the place's villages (not retired)
     * @param active   the villages with a session in the period's last month as one value, or null
     * @param dossiers received and online, or null
     */
    static Figures of(long[] events, long[] stocks, long[] median, long villages, long[] active, long[] dossiers) {
        long[] days = events == null ? new long[16] : events;
        long[] months = stocks == null ? new long[7] : stocks;
        long activeVillages = active == null ? 0 : active[0];
        long[] own = dossiers == null ? new long[2] : dossiers;
        return new Figures(days[0], days[1], days[2], days[3], days[4], days[5], days[6], days[7], days[8], days[9], days[10],
                days[11], days[12], days[13], days[14], days[15], months[0], months[1], months[2], months[3], months[4], months[5],
                months[6], median == null ? 0 : median[0], villages, Math.max(0, villages - activeVillages), own[0], own[1],
                0, 0);
    }

    /** A place with no summary rows yet. */
    static Figures empty(long villages) {
        return of(null, null, null, villages, null, null);
    }

    /** The median of values given as (value, how many) in increasing order; between two middles, their mean rounded up. */
    static long median(List<long[]> valueCounts) {
        long total = valueCounts.stream().mapToLong(r -> r[1]).sum();
        if (total == 0) {
            return 0;
        }
        long lowRank = (total + 1) / 2;
        long highRank = total / 2 + 1;
        long low = 0;
        long high = 0;
        long seen = 0;
        for (long[] r : valueCounts) {
            long before = seen;
            seen += r[1];
            if (before < lowRank && lowRank <= seen) {
                low = r[0];
            }
            if (before < highRank && highRank <= seen) {
                high = r[0];
                break;
            }
        }
        return (low + high + 1) / 2;
    }
}
