package vn.tramso.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;

/**
 * The whole table of {@link Coverage}, role by place level, without Spring or a database: two
 * provinces, three communes, four villages, and one staff member of each role in the first branch.
 */
class CoverageTest {

    private static final ProvinceId P1 = new ProvinceId(1);
    private static final ProvinceId P2 = new ProvinceId(2);
    private static final CommuneId C11 = new CommuneId(11);
    private static final CommuneId C12 = new CommuneId(12);
    private static final CommuneId C21 = new CommuneId(21);

    /** Every place of the test tree, by a short name: province 1 holds communes 11 and 12, and so on. */
    private static final Map<String, PlaceRef> PLACES = new LinkedHashMap<>();

    static {
        PLACES.put("P1", PlaceRef.of(P1));
        PLACES.put("P2", PlaceRef.of(P2));
        PLACES.put("C11", PlaceRef.of(C11, P1));
        PLACES.put("C12", PlaceRef.of(C12, P1));
        PLACES.put("C21", PlaceRef.of(C21, P2));
        PLACES.put("V111", PlaceRef.of(new VillageId(111), C11, P1));
        PLACES.put("V112", PlaceRef.of(new VillageId(112), C11, P1));
        PLACES.put("V121", PlaceRef.of(new VillageId(121), C12, P1));
        PLACES.put("V211", PlaceRef.of(new VillageId(211), C21, P2));
    }

    /** Accounts as they are stored: every level above the account's own place filled in, none below. */
    private static final StaffUser ADMIN = user(Role.ADMIN, null, null, null);
    private static final StaffUser PROVINCE_ADMIN = user(Role.PROVINCE_ADMIN, 1L, null, null);
    private static final StaffUser LEADER = user(Role.LEADER, 1L, 11L, null);
    private static final StaffUser VOLUNTEER = user(Role.VOLUNTEER, 1L, 11L, 111L);

    @Test
    void an_admin_covers_every_place() {
        assertCovers(ADMIN, "P1 P2 C11 C12 C21 V111 V112 V121 V211");
    }

    @Test
    void a_province_admin_covers_their_province_and_everything_in_it() {
        assertCovers(PROVINCE_ADMIN, "P1 C11 C12 V111 V112 V121");
    }

    @Test
    void a_leader_covers_their_commune_and_its_villages_not_their_province() {
        assertCovers(LEADER, "C11 V111 V112");
    }

    @Test
    void a_volunteer_covers_their_village_only_not_its_commune() {
        assertCovers(VOLUNTEER, "V111");
    }

    @Test
    void the_place_tree_shows_admins_and_province_admins_what_they_cover() {
        assertSees(ADMIN, "P1 P2 C11 C12 C21 V111 V112 V121 V211");
        assertSees(PROVINCE_ADMIN, "P1 C11 C12 V111 V112 V121");
    }

    @Test
    void the_place_tree_shows_a_leader_their_province_above_their_commune() {
        assertSees(LEADER, "P1 C11 V111 V112");
    }

    @Test
    void the_place_tree_shows_a_volunteer_the_commune_and_province_above_their_village() {
        assertSees(VOLUNTEER, "P1 C11 V111");
    }

    @Test
    void an_account_missing_its_place_covers_nothing() {
        for (Role role : List.of(Role.PROVINCE_ADMIN, Role.LEADER, Role.VOLUNTEER)) {
            assertCovers(user(role, null, null, null), "");
            assertSees(user(role, null, null, null), "");
        }
    }

    @Test
    void a_place_ref_has_exactly_the_levels_down_to_its_own() {
        assertThat(PLACES.get("V121").id()).isEqualTo(121);
        assertThat(PLACES.get("V121").idAt(PlaceLevel.PROVINCE)).isEqualTo(1L);
        assertThat(PLACES.get("C12").idAt(PlaceLevel.VILLAGE)).isNull();
        assertThat(PLACES.get("P2").idAt(PlaceLevel.COMMUNE)).isNull();
        assertThat(new Village(121, "v", "V", "NVH", 12, 1, VillageKind.THON, null, false).ref()).isEqualTo(PLACES.get("V121"));
        assertThat(new Commune(12, 1, "c", "C", CommuneKind.XA, false).ref()).isEqualTo(PLACES.get("C12"));
        assertThat(new Province(2, "p", "P", false).ref()).isEqualTo(PLACES.get("P2"));
        assertThatThrownBy(() -> new PlaceRef(PlaceLevel.VILLAGE, P1, C11, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlaceRef(PlaceLevel.PROVINCE, P1, C11, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlaceRef(PlaceLevel.COMMUNE, null, C11, null)).isInstanceOf(NullPointerException.class);
    }

    private static void assertCovers(StaffUser user, String expected) {
        assertThat(names(place -> Coverage.covers(user, place))).as("%s covers", user.role()).isEqualTo(set(expected));
    }

    private static void assertSees(StaffUser user, String expected) {
        assertThat(names(place -> Coverage.sees(user, place))).as("%s sees", user.role()).isEqualTo(set(expected));
    }

    private static Set<String> names(Predicate<PlaceRef> rule) {
        return PLACES.entrySet().stream().filter(e -> rule.test(e.getValue())).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Set<String> set(String names) {
        return Arrays.stream(names.split(" ")).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
    }

    private static StaffUser user(Role role, Long provinceId, Long communeId, Long villageId) {
        return new StaffUser(7, "staff", "Staff", role, provinceId, communeId, villageId);
    }
}
