package vn.tramso.concern;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Each commune's due time per category, in days: {@link Concerns#DEFAULT_DUE_DAYS} where it has not set one. */
@Component
class ConcernDueDays {

    private final ConcernStore store;

    ConcernDueDays(ConcernStore store) {
        this.store = store;
    }

    Map<ConcernCategory, Integer> of(long communeId) {
        Map<ConcernCategory, Integer> set = store.dueDays(communeId);
        Map<ConcernCategory, Integer> days = new EnumMap<>(ConcernCategory.class);
        for (ConcernCategory category : ConcernCategory.values()) {
            days.put(category, set.getOrDefault(category, Concerns.DEFAULT_DUE_DAYS));
        }
        return days;
    }

    /** Sets the commune's due time for a category, from 1 to 90 days; who may is checked by the caller. */
    void set(long communeId, ConcernCategory category, int days) {
        if (days < 1 || days > 90) {
            throw new IllegalArgumentException("due days " + days);
        }
        store.setDueDays(communeId, category, days);
    }
}
