package vn.tramso.adoption;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.Commune;
import vn.tramso.place.CommuneId;
import vn.tramso.place.Coverage;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.PlaceRef;
import vn.tramso.place.Places;
import vn.tramso.place.ProvinceId;

/**
 * Targets per place, indicator and year (for example online dossiers at least 80%): set by the
 * province for itself and its communes, or by a commune for itself and its villages.
 */
@Service
public class Targets {

    private final TargetStore store;
    private final Places places;
    private final Clock clock;

    Targets(TargetStore store, Places places, Clock clock) {
        this.store = store;
        this.places = places;
        this.clock = clock;
    }

    /** The place's targets for the year, by indicator; read through {@link Adoption#overview}, which checks the place first. */
    Map<Indicator, Double> of(PlaceLevel level, long id, int year) {
        return store.of(level, id, year);
    }

    /**
     * Sets (or with {@code null} removes) a target.
     *
     * @throws AccessDeniedException unless the signed-in staff member's province or commune holds the place
     * @throws TargetRefusedException for a count indicator, or a value outside the indicator's range
     */
    @Transactional
    public void set(Area area, Indicator indicator, int year, Double value) {
        if (!mayTarget(area)) {
            throw new AccessDeniedException("no targets for " + area.level() + " " + area.id());
        }
        if (!indicator.takesTarget()) {
            throw new TargetRefusedException(TargetRefusedException.Reason.COUNT);
        }
        if (value != null && (value < 0 || indicator.unit() == Indicator.Unit.PERCENT && value > 100
                || indicator.unit() == Indicator.Unit.SCORE && (value < 1 || value > 5))) {
            throw new TargetRefusedException(TargetRefusedException.Reason.OUT_OF_RANGE);
        }
        store.set(area.level(), area.id(), indicator, year, value, StaffUser.require().id(), LocalDateTime.now(clock).withNano(0));
    }

    /**
     * Targets are entered at commune level or above: a province for itself and its communes, a
     * commune for itself and its villages. So a village's target is set by whoever covers its
     * commune ({@link Coverage}), never by its volunteer; an unknown place only by an admin.
     */
    public boolean mayTarget(Area area) {
        StaffUser user = StaffUser.require();
        Optional<PlaceRef> setAt = switch (area.level()) {
            case PROVINCE -> Optional.of(PlaceRef.of(new ProvinceId(area.id())));
            case COMMUNE -> places.commune(area.id()).map(Commune::ref);
            case VILLAGE -> places.village(area.id())
                    .map(v -> PlaceRef.of(new CommuneId(v.communeId()), new ProvinceId(v.provinceId())));
        };
        return setAt.map(place -> Coverage.covers(user, place)).orElse(user.isAdmin());
    }
}
