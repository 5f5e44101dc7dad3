package vn.tramso.place;

import static vn.tramso.place.PlaceRefusedException.Reason.BAD_CODE;
import static vn.tramso.place.PlaceRefusedException.Reason.BAD_NAME;
import static vn.tramso.place.PlaceRefusedException.Reason.CODE_TAKEN;
import static vn.tramso.place.PlaceRefusedException.Reason.FORMULA_ADDRESS;
import static vn.tramso.place.PlaceRefusedException.Reason.FORMULA_NAME;
import static vn.tramso.place.PlaceRefusedException.Reason.HAS_ACTIVE_KIOSK;
import static vn.tramso.place.PlaceRefusedException.Reason.HAS_PLACES_IN_USE;
import static vn.tramso.place.PlaceRefusedException.Reason.PARENT_RETIRED;
import static vn.tramso.place.PlaceRefusedException.Reason.UNKNOWN;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.table.Formulas;

/**
 * Keeps the place tree: add, rename, retire and restore provinces, communes and villages. Who
 * may change what: an admin everything; a province admin the communes and villages of their
 * province; a commune leader the villages of their commune. Codes never change (other records
 * and files refer to them); a place in use is retired, never deleted, and only once nothing under
 * it is in use.
 */
@Service
public class PlaceEditor {

    /** Codes as in the demo data: HY, HY-HQ, HY-HQ-TRA-PHUONG. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+){0,5}");
    static final int MAX_NAME = 120;

    private final PlaceStore places;
    private final KioskStore kiosks;
    private final PlaceScope scope;
    private final Clock clock;

    PlaceEditor(PlaceStore places, KioskStore kiosks, PlaceScope scope, Clock clock) {
        this.places = places;
        this.kiosks = kiosks;
        this.scope = scope;
        this.clock = clock;
    }

    /** The provinces the signed-in staff member may see, by name. */
    public List<Province> provinces() {
        return places.provinces().stream().filter(p -> scope.seesProvince(new ProvinceId(p.id()))).toList();
    }

    public List<Commune> communes(long provinceId) {
        return places.communes(provinceId).stream()
                .filter(c -> scope.seesCommune(new CommuneId(c.id()), new ProvinceId(c.provinceId()))).toList();
    }

    public List<Village> villages(long communeId) {
        return places.villages(communeId).stream()
                .filter(v -> scope.seesCommune(new CommuneId(v.communeId()), new ProvinceId(v.provinceId()))).toList();
    }

    @Transactional
    public long addProvince(String code, String name) {
        scope.manageProvinces();
        String c = code(code);
        String n = name(name);
        return codeFree(() -> places.addProvince(c, n));
    }

    @Transactional
    public long addCommune(long provinceId, String code, String name, CommuneKind kind) {
        scope.manageCommunesOf(new ProvinceId(provinceId));
        requireInUse(PlaceLevel.PROVINCE, provinceId);
        String c = code(code);
        String n = name(name);
        return codeFree(() -> places.addCommune(provinceId, c, n, kind == null ? CommuneKind.XA : kind));
    }

    @Transactional
    public long addVillage(long communeId, String code, String name, VillageKind kind, String culturalHouse,
                           String culturalHouseAddress) {
        scope.manageVillagesOf(new CommuneId(communeId), provinceOf(communeId));
        requireInUse(PlaceLevel.COMMUNE, communeId);
        String village = name(name);
        String house = culturalHouse == null || culturalHouse.isBlank() ? defaultCulturalHouse(village) : name(culturalHouse);
        String c = code(code);
        String address = address(culturalHouseAddress);
        return codeFree(() -> places.addVillage(communeId, c, village, kind == null ? VillageKind.THON : kind, house, address));
    }

    /** Renames a place; its code stays. */
    @Transactional
    public void rename(PlaceLevel level, long id, String name) {
        manage(level, id);
        places.rename(level, id, name(name));
    }

    /** Changes a village's cultural house (its name, its address). */
    @Transactional
    public void changeCulturalHouse(long villageId, String name, String address) {
        manage(PlaceLevel.VILLAGE, villageId);
        places.changeCulturalHouse(villageId, name(name), address(address));
    }

    /**
     * Retires a place: refused while a place under it is still in use, or (a village) while its
     * kiosk is active.
     */
    @Transactional
    public void retire(PlaceLevel level, long id) {
        manage(level, id);
        if (places.inUseUnder(level, id) > 0) {
            throw new PlaceRefusedException(HAS_PLACES_IN_USE);
        }
        if (level == PlaceLevel.VILLAGE && kiosks.hasActiveKiosk(id)) {
            throw new PlaceRefusedException(HAS_ACTIVE_KIOSK);
        }
        places.retire(level, id, LocalDateTime.now(clock));
    }

    /** Puts a retired place back in use (its parent must be in use). */
    @Transactional
    public void restore(PlaceLevel level, long id) {
        manage(level, id);
        switch (level) {
            case COMMUNE -> requireInUse(PlaceLevel.PROVINCE, places.provinceOf(id).orElseThrow());
            case VILLAGE -> requireInUse(PlaceLevel.COMMUNE, places.communeOf(id).orElseThrow());
            case PROVINCE -> { }
        }
        places.restore(level, id);
    }

    /**
     * Adds a kiosk to a village's cultural house. Its code names its settings file
     * {@code kiosk-config/kiosks/<code>.yaml} and its address {@code /kiosk/<code>}.
     *
     * @throws IllegalArgumentException when the code is not lower-case letters, digits and dashes, or is taken
     */
    @Transactional
    public void addKiosk(String code, long villageId) {
        scope.manageKiosks();
        if (code == null || !Places.KIOSK_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("bad kiosk code");
        }
        try {
            kiosks.addKiosk(code, villageId);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("kiosk code taken", e);
        }
    }

    /** Suspends or resumes a kiosk: a suspended kiosk's browsers see "not registered" and book nothing. */
    @Transactional
    public void setKioskActive(String kioskCode, boolean active) {
        scope.manageKiosks();
        kiosks.setActive(kioskCode, active);
    }

    private void manage(PlaceLevel level, long id) {
        switch (level) {
            case PROVINCE -> {
                requireExists(level, id);
                scope.manageProvinces();
            }
            case COMMUNE -> {
                requireExists(level, id);
                scope.manageCommunesOf(new ProvinceId(places.provinceOf(id).orElseThrow()));
            }
            case VILLAGE -> {
                requireExists(level, id);
                long communeId = places.communeOf(id).orElseThrow();
                scope.manageVillagesOf(new CommuneId(communeId), provinceOf(communeId));
            }
        }
    }

    /** The new place's id; a code already taken (by any place of its level) is refused as such. */
    private static long codeFree(LongSupplier insert) {
        try {
            return insert.getAsLong();
        } catch (DuplicateKeyException e) {
            throw new PlaceRefusedException(CODE_TAKEN);
        }
    }

    private ProvinceId provinceOf(long communeId) {
        return new ProvinceId(places.provinceOf(communeId).orElseThrow(() -> new PlaceRefusedException(UNKNOWN)));
    }

    private void requireExists(PlaceLevel level, long id) {
        if (!places.exists(level, id)) {
            throw new PlaceRefusedException(UNKNOWN);
        }
    }

    private void requireInUse(PlaceLevel level, long id) {
        requireExists(level, id);
        if (places.retired(level, id)) {
            throw new PlaceRefusedException(PARENT_RETIRED);
        }
    }

    /** "Thôn Nà Lương" → "Nhà văn hóa thôn Nà Lương". */
    static String defaultCulturalHouse(String village) {
        return "Nhà văn hóa " + Character.toLowerCase(village.charAt(0)) + village.substring(1);
    }

    static String code(String code) {
        String c = code == null ? "" : code.strip();
        if (c.length() > 32 || !CODE.matcher(c).matches()) {
            throw new PlaceRefusedException(BAD_CODE);
        }
        return c;
    }

    static String name(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new PlaceRefusedException(BAD_NAME);
        }
        if (Formulas.startsLikeOne(n)) {
            throw new PlaceRefusedException(FORMULA_NAME);
        }
        return n;
    }

    private static String address(String s) {
        String a = s == null || s.isBlank() ? null : s.strip();
        if (Formulas.startsLikeOne(a)) {
            throw new PlaceRefusedException(FORMULA_ADDRESS);
        }
        return a;
    }
}
