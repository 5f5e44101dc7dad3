package vn.tramso.concern;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.tramso.account.StaffDirectory;
import vn.tramso.household.HouseholdNames;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * What a concern shows beside its own columns: its village's name, its household's code, who wrote
 * it down and who moved it. The store keeps the ids, and the names come from place, household and
 * account, one call each per list (docs/decisions/010-one-owner-per-table.md).
 */
@Component
class ConcernNames {

    private final Places places;
    private final HouseholdNames households;
    private final StaffDirectory staff;

    ConcernNames(Places places, HouseholdNames households, StaffDirectory staff) {
        this.places = places;
        this.households = households;
        this.staff = staff;
    }

    List<Concern> concerns(List<Concern> concerns) {
        if (concerns.isEmpty()) {
            return concerns;
        }
        Map<Long, Village> villages = places.villages(concerns.stream().map(Concern::villageId).toList());
        Map<Long, String> codes = households.codes(concerns.stream().map(Concern::householdId).filter(Objects::nonNull).toList());
        Map<Long, String> authors = staff.names(concerns.stream().map(Concern::recordedById).filter(Objects::nonNull).toList());
        return concerns.stream().map(c -> c.named(villages.containsKey(c.villageId()) ? villages.get(c.villageId()).name() : null,
                c.householdId() == null ? null : codes.get(c.householdId()),
                c.recordedById() == null ? null : authors.get(c.recordedById()))).toList();
    }

    Concern concern(Concern concern) {
        return concerns(List.of(concern)).getFirst();
    }

    List<ConcernEvent> events(List<ConcernEvent> events) {
        Map<Long, String> names = staff.names(events.stream().map(ConcernEvent::byId).filter(Objects::nonNull).toList());
        return events.stream().map(e -> e.named(names)).toList();
    }
}
