package vn.tramso.place;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;

/**
 * Whether the signed-in staff member's place covers a place: a volunteer their village, a leader
 * the villages of their commune, a province admin those of their province, an admin all. Every
 * service method that reads or writes a village's data asks here first; a screen that only hides
 * a button is not a check.
 */
@Component
public class PlaceScope {

    private final PlaceService places;

    PlaceScope(PlaceService places) {
        this.places = places;
    }

    /**
     * The village, when the signed-in staff member's place covers it.
     *
     * @throws AccessDeniedException when nobody is signed in, the village is unknown, or it is not theirs
     */
    public Village village(long villageId) {
        StaffUser user = StaffUser.require();
        Village village = places.village(villageId).orElseThrow(() -> new AccessDeniedException("No village " + villageId));
        if (!covers(user, village)) {
            throw new AccessDeniedException(user.username() + " may not see village " + village.code());
        }
        return village;
    }

    /** @throws AccessDeniedException unless the signed-in staff member's place covers the commune */
    public void commune(long communeId, long provinceId) {
        StaffUser user = StaffUser.require();
        boolean covered = switch (user.role()) {
            case ADMIN -> true;
            case PROVINCE_ADMIN -> user.provinceId() != null && user.provinceId() == provinceId;
            case LEADER -> user.communeId() != null && user.communeId() == communeId;
            case VOLUNTEER -> false;
        };
        if (!covered) {
            throw new AccessDeniedException(user.username() + " may not see commune " + communeId);
        }
    }

    /** Whether the signed-in staff member may see the province in the place tree. */
    public boolean seesProvince(long provinceId) {
        StaffUser user = StaffUser.require();
        return switch (user.role()) {
            case ADMIN -> true;
            case PROVINCE_ADMIN -> user.provinceId() != null && user.provinceId() == provinceId;
            case LEADER -> places.commune(user.communeId()).map(c -> c.provinceId() == provinceId).orElse(false);
            case VOLUNTEER -> places.village(user.villageId()).map(v -> v.provinceId() == provinceId).orElse(false);
        };
    }

    /** Whether the signed-in staff member may see the commune and its villages in the place tree. */
    public boolean seesCommune(long communeId, long provinceId) {
        StaffUser user = StaffUser.require();
        return switch (user.role()) {
            case ADMIN -> true;
            case PROVINCE_ADMIN -> user.provinceId() != null && user.provinceId() == provinceId;
            case LEADER -> user.communeId() != null && user.communeId() == communeId;
            case VOLUNTEER -> places.village(user.villageId()).map(v -> v.communeId() == communeId).orElse(false);
        };
    }

    /** @throws AccessDeniedException unless an admin is signed in: only they add or retire provinces */
    public void manageProvinces() {
        if (!StaffUser.require().isAdmin()) {
            throw new AccessDeniedException("Only an admin changes provinces");
        }
    }

    /** @throws AccessDeniedException unless the signed-in staff member keeps the communes of the province */
    public void manageCommunesOf(long provinceId) {
        StaffUser user = StaffUser.require();
        boolean allowed = user.isAdmin() || user.role() == Role.PROVINCE_ADMIN && user.provinceId() != null
                && user.provinceId() == provinceId;
        if (!allowed) {
            throw new AccessDeniedException(user.username() + " may not change the communes of province " + provinceId);
        }
    }

    /** @throws AccessDeniedException unless the signed-in staff member keeps the villages of the commune */
    public void manageVillagesOf(long communeId, long provinceId) {
        StaffUser user = StaffUser.require();
        boolean allowed = switch (user.role()) {
            case ADMIN -> true;
            case PROVINCE_ADMIN -> user.provinceId() != null && user.provinceId() == provinceId;
            case LEADER -> user.communeId() != null && user.communeId() == communeId;
            case VOLUNTEER -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException(user.username() + " may not change the villages of commune " + communeId);
        }
    }

    public static boolean covers(StaffUser user, Village village) {
        return switch (user.role()) {
            case ADMIN -> true;
            case PROVINCE_ADMIN -> user.provinceId() != null && user.provinceId() == village.provinceId();
            case LEADER -> user.communeId() != null && user.communeId() == village.communeId();
            case VOLUNTEER -> user.villageId() != null && user.villageId() == village.id();
        };
    }

    /** The villages with a cultural-house kiosk that the signed-in staff member may work in. */
    public List<Village> villagesWithKiosk() {
        StaffUser user = StaffUser.require();
        return places.villagesWithKiosk().stream().filter(v -> covers(user, v)).toList();
    }

    /** Every village the signed-in staff member's place covers. */
    public List<Village> villages() {
        StaffUser user = StaffUser.require();
        return places.villages().stream().filter(v -> covers(user, v)).toList();
    }
}
