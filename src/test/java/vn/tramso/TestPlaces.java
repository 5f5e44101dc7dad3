package vn.tramso;

import org.springframework.stereotype.Component;
import vn.tramso.place.Commune;
import vn.tramso.place.CommuneKind;
import vn.tramso.place.KioskOverview;
import vn.tramso.place.PlaceEditor;
import vn.tramso.place.Places;
import vn.tramso.place.Province;
import vn.tramso.place.Village;
import vn.tramso.place.VillageKind;

/**
 * Places for tests (communes, villages, kiosks), added the way an admin adds them: through
 * {@link PlaceEditor}, with the demo admin signed in, never by SQL (issue 22: the place tree is place's
 * tables). Codes are checked as on the places screen: upper-case letters, digits and dashes for places,
 * lower case for kiosks. Tests share one database: give each place a code of its own.
 */
@Component
public class TestPlaces {

    /** The demo province (Hưng Yên) and commune (Hồng Quang) that tests add their own places under. */
    public static final String DEMO_PROVINCE = "HY";
    public static final String DEMO_COMMUNE = "HY-HQ";

    private final PlaceEditor admin;
    private final Places places;
    private final TestStaff staff;

    TestPlaces(PlaceEditor admin, Places places, TestStaff staff) {
        this.admin = admin;
        this.places = places;
        this.staff = staff;
    }

    /** The id of the demo province, Hưng Yên. */
    public long demoProvince() {
        return staff.as("admin", admin::provinces).stream().filter(p -> p.code().equals(DEMO_PROVINCE)).map(Province::id)
                .findFirst().orElseThrow();
    }

    /** The id of the demo commune, Hồng Quang. */
    public long demoCommune() {
        return staff.as("admin", () -> admin.communes(demoProvince())).stream().filter(c -> c.code().equals(DEMO_COMMUNE))
                .map(Commune::id).findFirst().orElseThrow();
    }

    /** A commune (xã) of the demo province; its id. */
    public long commune(String code, String name) {
        long province = demoProvince();
        return staff.as("admin", () -> admin.addCommune(province, code, name, CommuneKind.XA));
    }

    /** A village (thôn) of the commune with its cultural house. */
    public Village village(long communeId, String code, String name, String culturalHouse) {
        long id = staff.as("admin", () -> admin.addVillage(communeId, code, name, VillageKind.THON, culturalHouse, null));
        return places.village(id).orElseThrow();
    }

    /** A village {@code "Thôn " + code} of the demo commune, its cultural house {@code "Nhà văn hóa thôn " + code}. */
    public Village village(String code) {
        return village(demoCommune(), code, "Thôn " + code, "Nhà văn hóa thôn " + code);
    }

    /** A kiosk in the village's cultural house, unless a kiosk has that code already. */
    public void kiosk(String code, long villageId) {
        if (places.kiosks().stream().map(KioskOverview::code).noneMatch(code::equals)) {
            staff.run("admin", () -> admin.addKiosk(code, villageId));
        }
    }
}
