package vn.tramso.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tramso.household.HouseholdRefusedException.Reason;

/** The rules a household and a member meet before they are written: no Spring, no database. */
class HouseholdChecksTest {

    private static final int YEAR = 2026;

    @Test
    void a_household_comes_back_cleaned() {
        HouseholdDetails d = HouseholdChecks.checked(new HouseholdDetails("  hq-01/2 ", "  Nguyễn   Văn An ", " Xóm   Đông ", null));
        assertThat(d).isEqualTo(new HouseholdDetails("HQ-01/2", "Nguyễn Văn An", "Xóm Đông", null));
        assertThat(HouseholdChecks.checked(new HouseholdDetails("A1", " ", "", "x".repeat(200))).addressLine()).hasSize(160);
    }

    @Test
    void a_household_with_a_bad_code_name_or_formula_is_refused() {
        assertRefused(() -> HouseholdChecks.checked(new HouseholdDetails("", null, null, null)), Reason.BAD_CODE);
        assertRefused(() -> HouseholdChecks.checked(new HouseholdDetails("-A1", null, null, null)), Reason.BAD_CODE);
        assertRefused(() -> HouseholdChecks.checked(new HouseholdDetails("A 1", null, null, null)), Reason.BAD_CODE);
        assertRefused(() -> HouseholdChecks.checked(new HouseholdDetails("A1", "An 3", null, null)), Reason.BAD_NAME);
        assertRefused(() -> HouseholdChecks.checked(new HouseholdDetails("A1", null, "=HYPERLINK(\"x\")", null)), Reason.FORMULA_HAMLET);
        assertRefused(() -> HouseholdChecks.checked(new HouseholdDetails("A1", null, null, "+84 1")), Reason.FORMULA_ADDRESS);
    }

    @Test
    void a_member_is_an_adult_from_fourteen_by_birth_year_or_as_told_without_one() {
        assertThat(member(YEAR - 14, false).adult()).isTrue();
        assertThat(member(YEAR - 13, true).adult()).isFalse();
        assertThat(member(null, true).adult()).isTrue();
        assertThat(member(null, false).adult()).isFalse();
    }

    @Test
    void a_member_born_in_the_future_or_over_120_years_ago_is_refused() {
        assertThat(member(YEAR - HouseholdChecks.OLDEST, true).birthYear()).isEqualTo(1906);
        assertRefused(() -> member(YEAR + 1, true), Reason.BAD_YEAR);
        assertRefused(() -> member(YEAR - HouseholdChecks.OLDEST - 1, true), Reason.BAD_YEAR);
    }

    @Test
    void a_member_phone_is_a_mobile_number_or_nothing() {
        assertThat(HouseholdChecks.checked(new MemberDetails("Trần Thị Bình", 1950, true, Gender.NU, "+84 912.345.678"), YEAR).phone())
                .isEqualTo("0912345678");
        assertThat(HouseholdChecks.checked(new MemberDetails("Trần Thị Bình", 1950, true, Gender.NU, "  "), YEAR).phone()).isNull();
        assertRefused(() -> HouseholdChecks.checked(new MemberDetails("Trần Thị Bình", 1950, true, Gender.NU, "0212345678"), YEAR),
                Reason.BAD_PHONE);
        assertRefused(() -> HouseholdChecks.checked(new MemberDetails("B", 1950, true, Gender.NU, null), YEAR), Reason.BAD_NAME);
    }

    private static MemberDetails member(Integer birthYear, boolean adult) {
        return HouseholdChecks.checked(new MemberDetails("Lê Văn Cường", birthYear, adult, Gender.NAM, null), YEAR);
    }

    private static void assertRefused(Runnable check, Reason reason) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(HouseholdRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
