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
import vn.tramso.IntegrationTest;

/** Users come from the database with hashed passwords; leaders and volunteers are bound to a place. */
@IntegrationTest
class AccountsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

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
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO user_account (username, display_name, password_hash, role) VALUES ('x', 'X', '{bcrypt}x', 'LEADER')
                """).update()).as("a leader without a commune").isInstanceOf(DataIntegrityViolationException.class);
    }
}
