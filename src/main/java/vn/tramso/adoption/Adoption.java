package vn.tramso.adoption;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.Commune;
import vn.tramso.place.Coverage;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.PlaceRef;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.ProvinceId;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;
import vn.tramso.usage.UsageFigures;

/**
 * The adoption figures of a place for its leaders: only their branch of the place tree (a commune
 * leader their commune and its villages, a province admin their province), read from the summary
 * tables. Leaders see counts, never residents.
 */
@Service
public class Adoption {

    static final int TREND_MONTHS = 12;

    private final AdoptionStore store;
    private final Targets targets;
    private final Places places;
    private final PlaceScope scope;
    private final AreaStore areas;
    private final UsageFigures kiosk;
    private final Clock clock;

    Adoption(AdoptionStore store, Targets targets, Places places, PlaceScope scope, AreaStore areas, UsageFigures kiosk,
             Clock clock) {
        this.store = store;
        this.targets = targets;
        this.places = places;
        this.scope = scope;
        this.areas = areas;
        this.kiosk = kiosk;
        this.clock = clock;
    }

    /** Where the signed-in staff member's dashboard starts: their province, commune or village. */
    public Area home() {
        StaffUser user = StaffUser.require();
        return switch (user.role()) {
            case ADMIN -> area(PlaceLevel.PROVINCE, areas.firstProvince());
            case PROVINCE_ADMIN -> area(PlaceLevel.PROVINCE, user.provinceId());
            case LEADER -> area(PlaceLevel.COMMUNE, user.communeId());
            case VOLUNTEER -> area(PlaceLevel.VILLAGE, user.villageId());
        };
    }

    /**
     * The place, with the places above it that the signed-in staff member may also see.
     *
     * @throws AccessDeniedException when the place is unknown or not in their branch
     */
    public Area area(PlaceLevel level, long id) {
        return switch (level) {
            case PROVINCE -> {
                boolean mine = Coverage.covers(StaffUser.require(), PlaceRef.of(new ProvinceId(id)));
                var province = places.province(id).filter(p -> mine).orElseThrow(() -> new AccessDeniedException("province " + id));
                yield new Area(level, id, province.name(), null);
            }
            case COMMUNE -> {
                Commune commune = places.commune(id).orElseThrow(() -> new AccessDeniedException("commune " + id));
                scope.commune(commune);
                yield new Area(level, id, commune.name(), parent(PlaceLevel.PROVINCE, commune.provinceId()));
            }
            case VILLAGE -> {
                Village village = scope.village(new VillageId(id));
                yield new Area(level, id, village.name(), parent(PlaceLevel.COMMUNE, village.communeId()));
            }
        };
    }

    /** Everything the place's dashboard shows for the period. */
    public Overview overview(Area area, Period period) {
        Area checked = area(area.level(), area.id());
        LocalDate today = LocalDate.now(clock);
        LocalDate stockMonth = period.stockMonth(today);
        Period previous = period.previous();
        LocalDate previousStockMonth = previous.stockMonth(today);
        Figures figures = store.figures(checked.level(), checked.id(), period, stockMonth)
                .withKiosk(kiosk.of(checked.level(), checked.id(), period.from(), period.to()));
        Figures before = store.figures(checked.level(), checked.id(), previous, previousStockMonth)
                .withKiosk(kiosk.of(checked.level(), checked.id(), previous.from(), previous.to()));
        List<Overview.Child> children = new ArrayList<>();
        if (checked.level() != PlaceLevel.VILLAGE) {
            PlaceLevel childLevel = checked.level() == PlaceLevel.PROVINCE ? PlaceLevel.COMMUNE : PlaceLevel.VILLAGE;
            Map<Long, Figures> now = withKiosk(store.byChild(checked.level(), checked.id(), period, stockMonth),
                    kiosk.byChild(checked.level(), checked.id(), period.from(), period.to()));
            Map<Long, Figures> then = withKiosk(store.byChild(checked.level(), checked.id(), previous, previousStockMonth),
                    kiosk.byChild(checked.level(), checked.id(), previous.from(), previous.to()));
            Map<Long, String> names = areas.names(childLevel, checked.id());
            now.forEach((id, f) -> children.add(new Overview.Child(new Area(childLevel, id, names.getOrDefault(id, "#" + id), checked),
                    f, then.get(id))));
            children.sort((a, b) -> a.area().name().compareTo(b.area().name()));
        }
        LocalDate lastMonth = stockMonth;
        LocalDate firstMonth = lastMonth.minusMonths(TREND_MONTHS - 1L);
        Map<LocalDate, Figures> trend = withKiosk(store.byMonth(checked.level(), checked.id(), firstMonth, lastMonth),
                kiosk.byMonth(checked.level(), checked.id(), firstMonth, lastMonth.plusMonths(1)));
        return new Overview(checked, period, figures, before, children, trend,
                targets.of(checked.level(), checked.id(), period.from().getYear()), store.dataAsOf().orElse(null));
    }

    /** The upward report of the place for the period: one row per village, and the total. */
    public Report report(Area area, Period period) {
        Area checked = area(area.level(), area.id());
        LocalDate stockMonth = period.stockMonth(LocalDate.now(clock));
        return new Report(checked, period, store.villageRows(checked.level(), checked.id(), period, stockMonth,
                        kiosk.byVillage(checked.level(), checked.id(), period.from(), period.to())),
                store.figures(checked.level(), checked.id(), period, stockMonth)
                        .withKiosk(kiosk.of(checked.level(), checked.id(), period.from(), period.to())),
                StaffUser.require().username(),
                java.time.LocalDateTime.now(clock).withNano(0), store.dataAsOf().orElse(null));
    }

    /** Topics worked on but not done in the period, and why, most frequent first. */
    public List<NotReached> notReached(Area area, Period period) {
        Area checked = area(area.level(), area.id());
        return store.notReached(checked.level(), checked.id(), period);
    }

    /** Each group's figures with its kiosk counts (usage's, by the same key). */
    private static <K> Map<K, Figures> withKiosk(Map<K, Figures> figures, Map<K, UsageFigures.Visits> kioskCounts) {
        figures.replaceAll((key, f) -> f.withKiosk(kioskCounts.getOrDefault(key, UsageFigures.Visits.NONE)));
        return figures;
    }

    private Area parent(PlaceLevel level, long id) {
        try {
            return area(level, id);
        } catch (AccessDeniedException notTheirs) {
            return null;
        }
    }
}
