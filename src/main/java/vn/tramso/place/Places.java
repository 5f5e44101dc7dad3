package vn.tramso.place;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places (province → commune → village) and the kiosks that stand in them. Other features keep
 * place ids and ask here for the places themselves, a whole list's in one call
 * (docs/decisions/010-one-owner-per-table.md).
 */
@Service
@Transactional(readOnly = true)
public class Places {

    public static final Pattern KIOSK_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,5}");

    private final PlaceStore places;
    private final KioskStore kiosks;

    Places(PlaceStore places, KioskStore kiosks) {
        this.places = places;
        this.kiosks = kiosks;
    }

    public Optional<Village> village(String code) {
        return places.village(code);
    }

    public Optional<Commune> commune(Long id) {
        return id == null ? Optional.empty() : places.commune(id);
    }

    public Optional<Province> province(Long id) {
        return id == null ? Optional.empty() : places.province(id);
    }

    public Optional<Village> village(long id) {
        return places.village(id);
    }

    /** These villages by id, retired ones too, in one query: what another feature's list shows of them. */
    public Map<Long, Village> villages(Collection<Long> ids) {
        return byId(places.villages(distinct(ids)), Village::id);
    }

    /** These communes by id, retired ones too, in one query. */
    public Map<Long, Commune> communes(Collection<Long> ids) {
        return byId(places.communes(distinct(ids)), Commune::id);
    }

    /** These provinces by id, retired ones too, in one query. */
    public Map<Long, Province> provinces(Collection<Long> ids) {
        return byId(places.provinces(distinct(ids)), Province::id);
    }

    /** Villages whose cultural house has a kiosk: where bookings are taken. */
    public List<Village> villagesWithKiosk() {
        return places.villagesInUse(true);
    }

    /** Every village in use (not retired), by name. */
    public List<Village> villages() {
        return places.villagesInUse(false);
    }

    public Optional<KioskPlace> kioskPlace(String kioskCode) {
        return kiosks.activeKioskPlace(kioskCode);
    }

    public List<KioskOverview> kiosks() {
        return kiosks.kiosks();
    }

    private static List<Long> distinct(Collection<Long> ids) {
        return ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<Long, T> byId(List<T> list, Function<T, Long> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        list.forEach(x -> map.put(id.apply(x), x));
        return map;
    }
}
