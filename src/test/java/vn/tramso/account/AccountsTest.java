package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.tramso.IntegrationTest;
import vn.tramso.TestStaff;
import vn.tramso.account.AccountRefusedException.Reason;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffPrincipal;

/** Accounts are made and kept by whoever keeps their place, with temporary passwords changed at first sign-in. */
@IntegrationTest
class AccountsTest {

    @Autowired
    Accounts accounts;
    @Autowired
    StaffUserDetails signIn;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_leader_creates_a_volunteer_of_their_village_who_signs_in_once_with_the_temporary_password() {
        long traPhuong = id("village", "HY-HQ-TRA-PHUONG");

        String password = staff.as("lanhdao.hongquang", () -> accounts.create(
                new Accounts.NewAccount("tnv.moi", "Chị Mới", Role.VOLUNTEER, traPhuong)));

        UserDetails user = signIn.loadUserByUsername("tnv.moi");
        assertThat(encoder.matches(password, user.getPassword())).isTrue();
        assertThat(user.getPassword()).doesNotContain(password);
        assertThat(((StaffPrincipal) user).staff()).satisfies(s -> {
            assertThat(s.villageId()).isEqualTo(traPhuong);
            assertThat(s.communeId()).as("the places above are filled in").isEqualTo(id("commune", "HY-HQ"));
            assertThat(s.provinceId()).isEqualTo(id("province", "HY"));
        });
        assertThat(staff.as("tnv.moi", () -> accounts.mustChangePassword())).isTrue();

        staff.run("tnv.moi", () -> {
            assertThat(refusal(() -> accounts.changeOwnPassword("sai", "một câu dài dễ nhớ"))).isEqualTo(Reason.WRONG_PASSWORD);
            assertThat(refusal(() -> accounts.changeOwnPassword(password, "ngắn"))).isEqualTo(Reason.WEAK_PASSWORD);
            assertThat(refusal(() -> accounts.changeOwnPassword(password, "tnv.moi-va-nam-sinh"))).isEqualTo(Reason.WEAK_PASSWORD);
            assertThat(refusal(() -> accounts.changeOwnPassword(password, "matkhau123456"))).isEqualTo(Reason.WEAK_PASSWORD);
            accounts.changeOwnPassword(password, "cây tre làng tôi xanh");
            assertThat(accounts.mustChangePassword()).isFalse();
        });
    }

    @Test
    void a_leader_cannot_make_a_leader_nor_a_volunteer_of_another_commune() {
        long vanLa = id("village", "HN-HV-VAN-LA");
        long hongQuang = id("commune", "HY-HQ");
        staff.run("lanhdao.hongquang", () -> {
            assertThat(accounts.rolesToGive()).containsExactly(Role.VOLUNTEER);
            assertThat(accounts.placesFor(Role.VOLUNTEER)).extracting(Accounts.PlaceChoice::name)
                    .contains("Nhà văn hóa thôn Trà Phương").doesNotContain("Nhà văn hóa thôn Vân La");
            assertThatThrownBy(() -> accounts.create(new Accounts.NewAccount("tnv.khac", "Anh Khác", Role.VOLUNTEER, vanLa)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accounts.create(new Accounts.NewAccount("ld.khac", "Anh Khác", Role.LEADER, hongQuang)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(accounts.accounts()).extracting(Accounts.Account::username)
                    .contains("tnv.traphuong").doesNotContain("tnv.vanla", "admin", "lanhdao.hongquang");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username IN ('tnv.khac', 'ld.khac')").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void a_province_admin_manages_the_leaders_and_volunteers_of_their_province_only() {
        staff.run("tinh.hungyen", () -> {
            assertThat(accounts.accounts()).extracting(Accounts.Account::username)
                    .contains("lanhdao.hongquang", "tnv.traphuong").doesNotContain("tnv.vanla", "admin");
            long vanLaVolunteer = id("user_account", "tnv.vanla");
            assertThatThrownBy(() -> accounts.resetPassword(vanLaVolunteer)).isInstanceOf(AccessDeniedException.class);
            assertThat(accounts.placesFor(Role.LEADER)).extracting(Accounts.PlaceChoice::name).contains("Xã Hồng Quang")
                    .doesNotContain("Xã Hồng Vân");
        });
    }

    @Test
    void an_admin_disables_an_account_which_then_cannot_sign_in_and_resets_a_password() {
        String temporary = staff.as("admin", () -> accounts.create(
                new Accounts.NewAccount("tam.khoa", "Người Thử", Role.VOLUNTEER, id("village", "HY-HQ-TRA-PHUONG"))));
        long account = id("user_account", "tam.khoa");

        staff.run("admin", () -> accounts.setEnabled(account, false));
        assertThat(signIn.loadUserByUsername("tam.khoa").isEnabled()).isFalse();

        String fresh = staff.as("admin", () -> accounts.resetPassword(account));
        assertThat(fresh).isNotEqualTo(temporary).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(encoder.matches(fresh, signIn.loadUserByUsername("tam.khoa").getPassword())).isTrue();
        staff.run("admin", () -> assertThat(refusal(() -> accounts.setEnabled(id("user_account", "admin"), false)))
                .isEqualTo(Reason.SELF));
    }

    @Test
    void bad_names_taken_names_and_missing_places_are_refused() {
        long village = id("village", "HY-HQ-TRA-PHUONG");
        staff.run("admin", () -> {
            assertThat(refusal(() -> accounts.create(new Accounts.NewAccount("Tên Có Dấu", "A B", Role.VOLUNTEER, village))))
                    .isEqualTo(Reason.BAD_USERNAME);
            assertThat(refusal(() -> accounts.create(new Accounts.NewAccount("tnv.traphuong", "A B", Role.VOLUNTEER, village))))
                    .isEqualTo(Reason.USERNAME_TAKEN);
            assertThat(refusal(() -> accounts.create(new Accounts.NewAccount("tnv.x", "A B", Role.VOLUNTEER, null))))
                    .isEqualTo(Reason.NO_PLACE);
            assertThat(refusal(() -> accounts.create(new Accounts.NewAccount("tnv.y", " ", Role.VOLUNTEER, village))))
                    .isEqualTo(Reason.BAD_NAME);
        });
    }

    private long id(String table, String code) {
        String column = table.equals("user_account") ? "username" : "code";
        return jdbc.sql("SELECT id FROM " + table + " WHERE " + column + " = :c").param("c", code).query(Long.class).single();
    }

    private static Reason refusal(Runnable action) {
        AccountRefusedException refused = catchThrowableOfType(AccountRefusedException.class, action::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.reason();
    }
}
