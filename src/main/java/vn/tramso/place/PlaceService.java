package vn.tramso.place;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places (province → commune → village) and the kiosks that stand in them. */
@Service
@Transactional(readOnly = true)
public class PlaceService {

    public static final Pattern KIOSK_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,5}");

    private final PlaceStore places;
    private final KioskStore kiosks;

    PlaceService(PlaceStore places, KioskStore kiosks) {
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
}
