package vn.tramso.place;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;

/**
 * Whether the signed-in staff member's place covers a place: a volunteer their village, a leader
 * the villages of their commune, a province admin those of their province, an admin all (the rule
 * itself is {@link Coverage}'s). Every service method that reads or writes a village's data asks
 * here first; a screen that only hides a button is not a check. Places are given by typed ids
 * ({@link VillageId}, {@link CommuneId}, {@link ProvinceId}), so a commune's and its province's
 * ids cannot be swapped.
 */
@Component
public class PlaceScope {

    private final Places places;

    PlaceScope(Places places) {
        this.places = places;
    }

    /**
     * The village, when the signed-in staff member's place covers it.
     *
     * @throws AccessDeniedException when nobody is signed in, the village is unknown, or it is not theirs
     */
    public Village village(VillageId villageId) {
        StaffUser user = StaffUser.require();
        Village village = places.village(villageId.value())
                .orElseThrow(() -> new AccessDeniedException("No village " + villageId.value()));
        if (!Coverage.covers(user, village.ref())) {
            throw new AccessDeniedException(user.username() + " may not see village " + village.code());
        }
        return village;
    }

    /**
     * The commune, when the signed-in staff member's place covers it. Its province is the stored
     * one, never one a caller passes, so a commune cannot be vouched for by another province.
     *
     * @throws AccessDeniedException when nobody is signed in, the commune is unknown, or it is not theirs
     */
    public Commune commune(CommuneId communeId) {
        StaffUser user = StaffUser.require();
        Commune commune = places.commune(communeId.value()).orElseThrow(() -> new AccessDeniedException("No commune " + communeId.value()));
        if (!Coverage.covers(user, commune.ref())) {
            throw new AccessDeniedException(user.username() + " may not see commune " + communeId.value());
        }
        return commune;
    }

    /**
     * @throws AccessDeniedException unless the signed-in staff member's place covers the commune, a row the
     *         caller has just read from place (so its province is the stored one, and nothing is read again)
     */
    public void commune(Commune commune) {
        StaffUser user = StaffUser.require();
        if (!Coverage.covers(user, commune.ref())) {
            throw new AccessDeniedException(user.username() + " may not see commune " + commune.id());
        }
    }

    /** Whether the signed-in staff member may see the province in the place tree. */
    public boolean seesProvince(ProvinceId provinceId) {
        return Coverage.sees(StaffUser.require(), PlaceRef.of(provinceId));
    }

    /** Whether the signed-in staff member may see the commune and its villages in the place tree. */
    public boolean seesCommune(CommuneId communeId, ProvinceId provinceId) {
        return Coverage.sees(StaffUser.require(), PlaceRef.of(communeId, provinceId));
    }

    /*
     * Who may change which place: one rule for each kind of change, used by the place screens
     * (PlaceEditor) and by the place import row by row. The may… methods answer; the manage…
     * methods refuse.
     */

    /** Whether the signed-in staff member may add, rename, retire or restore provinces: only an admin. */
    public boolean mayChangeProvinces() {
        return StaffUser.require().isAdmin();
    }

    /** Whether the signed-in staff member may add, rename, retire or restore communes of the province: whoever covers it. */
    public boolean mayChangeCommunesOf(ProvinceId provinceId) {
        return Coverage.covers(StaffUser.require(), PlaceRef.of(provinceId));
    }

    /** Whether the signed-in staff member may add, rename, retire or restore villages of the commune: whoever covers it. */
    public boolean mayChangeVillagesOf(CommuneId communeId, ProvinceId provinceId) {
        return Coverage.covers(StaffUser.require(), PlaceRef.of(communeId, provinceId));
    }

    /** Whether the signed-in staff member may add kiosks to villages, suspend and resume them: only an admin. */
    public boolean mayChangeKiosks() {
        return StaffUser.require().isAdmin();
    }

    /** Whether the signed-in staff member may import the place tree from a file: an admin or a province admin. */
    public boolean mayImportPlaces() {
        StaffUser user = StaffUser.require();
        return user.isAdmin() || user.role() == Role.PROVINCE_ADMIN;
    }

    /** @throws AccessDeniedException unless an admin is signed in: only they add or retire provinces */
    public void manageProvinces() {
        if (!mayChangeProvinces()) {
            throw new AccessDeniedException("Only an admin changes provinces");
        }
    }

    /** @throws AccessDeniedException unless the signed-in staff member keeps the communes of the province */
    public void manageCommunesOf(ProvinceId provinceId) {
        if (!mayChangeCommunesOf(provinceId)) {
            throw new AccessDeniedException(StaffUser.require().username() + " may not change the communes of province "
                    + provinceId.value());
        }
    }

    /** @throws AccessDeniedException unless the signed-in staff member keeps the villages of the commune */
    public void manageVillagesOf(CommuneId communeId, ProvinceId provinceId) {
        if (!mayChangeVillagesOf(communeId, provinceId)) {
            throw new AccessDeniedException(StaffUser.require().username() + " may not change the villages of commune "
                    + communeId.value());
        }
    }

    /** @throws AccessDeniedException unless an admin is signed in: only they add, suspend and resume kiosks */
    public void manageKiosks() {
        if (!mayChangeKiosks()) {
            throw new AccessDeniedException("Only an admin changes kiosks");
        }
    }

    /** The villages with a cultural-house kiosk that the signed-in staff member may work in. */
    public List<Village> villagesWithKiosk() {
        StaffUser user = StaffUser.require();
        return places.villagesWithKiosk().stream().filter(v -> Coverage.covers(user, v.ref())).toList();
    }

    /** Every village the signed-in staff member's place covers. */
    public List<Village> villages() {
        StaffUser user = StaffUser.require();
        return places.villages().stream().filter(v -> Coverage.covers(user, v.ref())).toList();
    }
}
