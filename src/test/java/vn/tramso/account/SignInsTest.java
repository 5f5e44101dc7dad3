package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestAccounts;
import vn.tramso.TestDatabase;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.SignInThrottledException;

/** Staff sign-ins throttled per name and per address, in the database, and every try recorded without its password. */
@IntegrationTest
class SignInsTest {

    @Autowired
    ThrottledSignIn signIn;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ten_failures_for_a_name_stop_even_the_right_password_until_the_oldest_is_fifteen_minutes_old() {
        testAccounts.withPassword("thu.gioihan", "Thử giới hạn", Role.ADMIN, null, "mat-khau-dung-2026");
        LocalDateTime start = LocalDateTime.of(2027, 1, 5, 8, 0);
        for (int i = 0; i < 10; i++) {
            TestDatabase.CLOCK.set(start.plusMinutes(i));
            String address = "10.1.1." + i; // another address each time: only the name counts
            assertThatThrownBy(() -> attempt("thu.gioihan", "doan-sai-" + address, address)).isInstanceOf(BadCredentialsException.class);
        }

        TestDatabase.CLOCK.set(start.plusMinutes(10));
        assertThatThrownBy(() -> attempt("thu.gioihan", "mat-khau-dung-2026", "10.1.1.99")).isInstanceOfSatisfying(
                SignInThrottledException.class, e -> assertThat(e.minutes()).as("until 08:15").isEqualTo(5));
        TestDatabase.CLOCK.set(start.plusMinutes(15).minusSeconds(1));
        assertThatThrownBy(() -> attempt("THU.GIOIHAN", "mat-khau-dung-2026", "10.1.1.99")).as("the name in capitals is the same name")
                .isInstanceOf(SignInThrottledException.class);
        assertThatThrownBy(() -> attempt("THÚ.GIỚIHAN", "mat-khau-dung-2026", "10.1.1.98"))
                .as("so is the name with accents, which signs in to the same account").isInstanceOf(SignInThrottledException.class);

        TestDatabase.CLOCK.set(start.plusMinutes(15));
        assertThat(attempt("thu.gioihan", "mat-khau-dung-2026", "10.1.1.99").isAuthenticated()).isTrue();

        assertThat(jdbc.sql("SELECT outcome, COUNT(*) FROM sign_in_event WHERE username = 'thu.gioihan' GROUP BY outcome ORDER BY outcome")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list()).containsExactly("FAILED=10", "SUCCESS=1", "THROTTLED=3");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_event WHERE CONCAT(username, address, outcome) LIKE '%mat-khau%'"
                + " OR CONCAT(username, address, outcome) LIKE '%doan-sai%'").query(Integer.class).single()).as("no password kept").isZero();
    }

    @Test
    void ten_failures_from_one_address_stop_every_name_tried_from_it_but_not_other_addresses() {
        LocalDateTime start = LocalDateTime.of(2027, 1, 6, 8, 0);
        TestDatabase.CLOCK.set(start);
        for (int i = 0; i < 10; i++) {
            int n = i;
            assertThatThrownBy(() -> attempt("ai.do." + n, "123456", "10.2.2.2")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("admin", "demo1234", "10.2.2.2")).isInstanceOf(SignInThrottledException.class);
        assertThat(attempt("admin", "demo1234", "10.2.2.3").isAuthenticated()).isTrue();
    }

    @Test
    void thirty_wrong_passwords_sent_at_once_get_at_most_ten_checked() throws Exception {
        testAccounts.admin("thu.dongloat", "Thử đồng loạt"); // a bcrypt hash, as every account's: each check costs what it does in use
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 1, 7, 8, 0));
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> tries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String address = "10.4.4." + i; // every guess from another address: only the name holds them back
            tries.add(pool.submit(() -> {
                start.await();
                try {
                    attempt("thu.dongloat", "doan-" + address, address);
                    return "signed in";
                } catch (SignInThrottledException throttled) {
                    return "throttled";
                } catch (BadCredentialsException wrong) {
                    return "checked";
                }
            }));
        }
        start.countDown();
        Map<String, Long> outcomes = new java.util.TreeMap<>();
        for (Future<String> t : tries) {
            outcomes.merge(t.get(60, TimeUnit.SECONDS), 1L, Long::sum);
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyKeys("checked", "throttled");
        assertThat(outcomes.get("checked")).as("passwords checked").isEqualTo(10);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_event WHERE username = 'thu.dongloat' AND outcome = 'FAILED'")
                .query(Integer.class).single()).isEqualTo(10);
    }

    @Test
    void a_name_that_is_no_account_is_never_kept_yet_still_counted() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2027, 1, 8, 8, 0));
        String typedByMistake = "MatKhau#Bi-Mat-2027"; // a password typed into the name field
        for (int i = 0; i < 10; i++) {
            String address = "10.5.5." + i;
            assertThatThrownBy(() -> attempt(typedByMistake, "x", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(typedByMistake, "x", "10.5.5.99")).as("ten failures of that name, from any addresses")
                .isInstanceOf(SignInThrottledException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_event WHERE address LIKE '10.5.5.%' AND username IS NULL AND name_key <> ''")
                .query(Integer.class).single()).isEqualTo(11);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_event WHERE CONCAT(COALESCE(username, ''), name_key) LIKE '%atKhau%'")
                .query(Integer.class).single()).as("the text typed is nowhere").isZero();

        assertThatThrownBy(() -> attempt("tnv.vanla", "sai", "10.5.6.1")).isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("SELECT username FROM sign_in_event WHERE address = '10.5.6.1'").query(String.class).single())
                .as("an account's name is kept for the admins' review").isEqualTo("tnv.vanla");
    }

    private Authentication attempt(String username, String password, String address) throws AuthenticationException {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return signIn.authenticate(token);
    }
}
