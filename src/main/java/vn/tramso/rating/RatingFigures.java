package vn.tramso.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tramso.account.StaffDirectory;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * What staff see of the answers: totals per village and channel, per volunteer (from
 * {@link Ratings#MIN_FOR_AVERAGE} answers, the residents' own apart from those given on a staff
 * device), and the latest low scores; never who answered. Volunteers' and villages' names are asked
 * of account and place, one call per list.
 */
@Component
class RatingFigures {

    private final RatingStore store;
    private final PlaceScope scope;
    private final Places places;
    private final StaffDirectory staff;
    private final Clock clock;

    RatingFigures(RatingStore store, PlaceScope scope, Places places, StaffDirectory staff, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.places = places;
        this.staff = staff;
        this.clock = clock;
    }

    Optional<RatingTotals> mine() {
        return store.byVolunteer(null, StaffUser.require().id(), Ratings.MIN_FOR_AVERAGE).stream().findFirst()
                .filter(VolunteerRatings::hasAverage).map(VolunteerRatings::residents);
    }

    List<VillageRatings> villages(LocalDate from) {
        List<Village> villages = scope.villages();
        Map<Long, Map<RatingChannel, RatingTotals>> rows = store.byVillage(ids(villages), from.atStartOfDay(),
                LocalDate.now(clock).plusDays(1).atStartOfDay());
        return villages.stream().map(v -> {
            Map<RatingChannel, RatingTotals> channels = rows.getOrDefault(v.id(), Map.of());
            Map<RatingChannel, Long> counts = new EnumMap<>(RatingChannel.class);
            channels.forEach((c, t) -> counts.put(c, t.count()));
            RatingTotals all = channels.values().stream().reduce(RatingTotals.NONE, RatingTotals::plus);
            return new VillageRatings(v.id(), v.name(), all, counts);
        }).toList();
    }

    /** The volunteers of the covered villages with enough answers, by name (as account orders names). */
    List<VolunteerRatings> volunteers() {
        List<VolunteerRatings> rows = store.byVolunteer(ids(scope.villages()), null, Ratings.MIN_FOR_AVERAGE);
        Map<Long, VolunteerRatings> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.volunteerId(), r));
        List<VolunteerRatings> named = new ArrayList<>();
        staff.names(byId.keySet()).forEach((id, name) -> {
            VolunteerRatings r = byId.get(id);
            named.add(new VolunteerRatings(id, name, r.residents(), r.staffDevice()));
        });
        return named;
    }

    List<LowRating> low(LocalDate from, int limit) {
        List<RatingStore.Low> rows = store.low(ids(scope.villages()), from.atStartOfDay(), limit);
        Map<Long, Village> villages = places.villages(rows.stream().map(RatingStore.Low::villageId).toList());
        return rows.stream().map(r -> {
            LowRating l = r.rating();
            Village v = villages.get(r.villageId());
            return new LowRating(l.day(), v == null ? null : v.name(), l.channel(), l.score(), l.doneToday(), l.reasons(), l.comment());
        }).toList();
    }

    private static List<Long> ids(Collection<Village> villages) {
        return villages.stream().map(Village::id).toList();
    }
}
