package vn.tramso.usage;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.HashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.place.PlaceLevel;

/**
 * Kiosk visits and guides finished of a place, from the daily summaries: what adoption's two kiosk
 * indicators read (adoption never reads usage's tables; docs/decisions/010). The caller has checked
 * that the signed-in person covers the place (adoption's {@code Adoption.area} does); these are counts,
 * never residents.
 */
@Service
@Transactional(readOnly = true)
public class UsageFigures {

    /** Visits of a kiosk (each visit once a day) and guides finished (each visit's guide once). */
    public record Visits(long visits, long guidesFinished) {
        public static final Visits NONE = new Visits(0, 0);
    }

    private final UsageSummaryStore store;

    UsageFigures(UsageSummaryStore store) {
        this.store = store;
    }

    /** The place's figures for the days from {@code from} to {@code to} (exclusive). */
    public Visits of(PlaceLevel level, long id, LocalDate from, LocalDate to) {
        return visits(store.visits(level, id, from, to, UsageSummaryStore.Grouping.NONE)).getOrDefault(id, Visits.NONE);
    }

    /** Each commune of a province, or village of a commune, that had any; by its id. */
    public Map<Long, Visits> byChild(PlaceLevel level, long id, LocalDate from, LocalDate to) {
        return visits(store.visits(level, id, from, to, UsageSummaryStore.Grouping.CHILD));
    }

    /** Each village of the place that had any; by its id. */
    public Map<Long, Visits> byVillage(PlaceLevel level, long id, LocalDate from, LocalDate to) {
        return visits(store.visits(level, id, from, to, UsageSummaryStore.Grouping.VILLAGE));
    }

    /** The place's figures per month (by the month's first day), for the months that had any. */
    public Map<LocalDate, Visits> byMonth(PlaceLevel level, long id, LocalDate from, LocalDate to) {
        Map<LocalDate, Visits> result = new TreeMap<>();
        store.visits(level, id, from, to, UsageSummaryStore.Grouping.MONTH)
                .forEach((k, v) -> result.put((LocalDate) k, new Visits(v[0], v[1])));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static <K> Map<K, Visits> visits(Map<Object, long[]> sums) {
        Map<K, Visits> result = new HashMap<>();
        sums.forEach((k, v) -> result.put((K) k, new Visits(v[0], v[1])));
        return result;
    }
}
