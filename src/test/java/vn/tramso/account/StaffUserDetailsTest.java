package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.IntegrationTest;
import vn.tramso.base.security.Role;

/** Users come from the database with hashed passwords; leaders and volunteers are bound to a place. */
@IntegrationTest
class StaffUserDetailsTest {

    @Autowired
    StaffUserDetails accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccountRepository users;

    @Test
    void demo_users_sign_in_with_a_hashed_password_and_their_role() {
        var admin = accounts.loadUserByUsername("admin");
        assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain("demo1234");
        assertThat(encoder.matches("demo1234", admin.getPassword())).isTrue();
        assertThat(encoder.matches("Demo1234", admin.getPassword())).isFalse();
        assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
        assertThat(accounts.loadUserByUsername("lanhdao.hongquang").getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEADER");
    }

    @Test
    void an_unknown_user_is_refused() {
        assertThatThrownBy(() -> accounts.loadUserByUsername("nobody")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void a_leader_belongs_to_a_commune() {
        UserAccount leader = accounts.account("lanhdao.hongquang").orElseThrow();
        assertThat(leader.role()).isEqualTo(Role.LEADER);
        assertThat(jdbc.sql("SELECT name FROM commune WHERE id = ?").param(leader.communeId()).query(String.class).single())
                .isEqualTo("Xã Hồng Quang");
        // SQL on purpose: the table's own CHECK is under test, below any service (accounts are made by TestAccounts)
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO user_account (username, display_name, password_hash, role) VALUES ('x', 'X', '{bcrypt}x', 'LEADER')
                """).update()).as("a leader without a commune").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    @Transactional
    void a_fresh_database_gets_its_first_admin_only_from_a_long_enough_password() {
        jdbc.sql("""
                UPDATE user_account SET role = 'LEADER', commune_id = (SELECT MIN(id) FROM commune), username = CONCAT(username, '-old')
                WHERE role = 'ADMIN'
                """).update(); // as on a fresh database (rolled back after the test)

        new FirstAdmin(users, encoder, new FirstAdminSettings("")).createWhenMissing();
        new FirstAdmin(users, encoder, new FirstAdminSettings("short")).createWhenMissing();
        assertThat(users.existsByRole(Role.ADMIN)).as("no admin without a password of 12+ characters").isFalse();

        new FirstAdmin(users, encoder, new FirstAdminSettings("mot-mat-khau-dai")).createWhenMissing();
        var admin = accounts.loadUserByUsername("admin");
        assertThat(admin.getPassword()).startsWith("{bcrypt}").doesNotContain("mot-mat-khau-dai");
        assertThat(encoder.matches("mot-mat-khau-dai", admin.getPassword())).isTrue();

        new FirstAdmin(users, encoder, new FirstAdminSettings("another-long-password")).createWhenMissing();
        assertThat(encoder.matches("mot-mat-khau-dai", accounts.loadUserByUsername("admin").getPassword()))
                .as("an existing admin is never overwritten").isTrue();
    }
}
