package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestAccounts;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.base.security.SignInThrottledException;

/** Two-step sign-in: set up with a code from the app, each code once, recovery codes once, wrong codes throttled. */
@IntegrationTest
class TwoStepTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 9, 0, 5);

    @Autowired
    TwoStep twoStep;
    @Autowired
    SignIns signIns;
    @Autowired
    AccountStore accounts;
    @Autowired
    RecoveryCodeStore recoveryCodes;
    @Autowired
    TestStaff staff;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_code_from_the_app_turns_it_on_then_each_code_and_recovery_code_works_once() {
        account("thu.haibuoc");
        TestDatabase.CLOCK.set(NOW);
        staff.run("thu.haibuoc", () -> {
            assertThat(twoStep.enrolled()).isFalse();
            TwoStep.Enrolment enrolment = twoStep.newEnrolment();
            assertThat(enrolment.uri()).startsWith("otpauth://totp/Tr%E1%BA%A1m%20S%E1%BB%91%3Athu.haibuoc?secret=" + enrolment.secret());
            assertThat(twoStep.confirm(enrolment.secret(), "000000")).as("not the app's code").isEmpty();
            assertThat(twoStep.enrolled()).isFalse();

            List<String> recovery = twoStep.confirm(enrolment.secret(), code(enrolment.secret(), 0)).orElseThrow();
            assertThat(twoStep.enrolled()).isTrue();
            assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}"));
            assertThat(jdbc.sql("SELECT code_hash FROM recovery_code r JOIN user_account a ON a.id = r.account_id "
                    + "WHERE a.username = 'thu.haibuoc'").query(String.class).list()).hasSize(10).doesNotContainAnyElementsOf(recovery);

            assertThat(twoStep.verify(code(enrolment.secret(), 0), "10.7.7.1")).as("the code that turned it on is used up").isFalse();
            TestDatabase.CLOCK.set(NOW.plusSeconds(30));
            assertThat(twoStep.verify(code(enrolment.secret(), 0), "10.7.7.1")).isTrue();
            assertThat(twoStep.verify(code(enrolment.secret(), 0), "10.7.7.1")).as("once").isFalse();
            TestDatabase.CLOCK.set(NOW.plusSeconds(120));
            assertThat(twoStep.verify(code(enrolment.secret(), -3), "10.7.7.1")).as("a code of two minutes ago").isFalse();

            assertThat(twoStep.verify(recovery.get(3).toUpperCase(), "10.7.7.1")).isTrue();
            assertThat(twoStep.verify(recovery.get(3), "10.7.7.1")).as("a recovery code works once").isFalse();
        });
    }

    @Test
    void wrong_codes_count_towards_the_sign_in_throttle() {
        account("thu.doanma");
        TestDatabase.CLOCK.set(NOW.plusDays(1));
        staff.run("thu.doanma", () -> {
            TwoStep.Enrolment enrolment = twoStep.newEnrolment();
            twoStep.confirm(enrolment.secret(), code(enrolment.secret(), 0)).orElseThrow();
            for (int i = 0; i < SignIns.MAX_FAILURES; i++) {
                assertThat(twoStep.verify("%06d".formatted(i), "10.7.7." + (10 + i))).isFalse();
            }
            assertThatThrownBy(() -> twoStep.verify(code(enrolment.secret(), 1), "10.7.7.99")).as("the right code neither")
                    .isInstanceOf(SignInThrottledException.class);
        });
    }

    @Test
    void required_for_the_configured_roles_until_turned_on() {
        TwoStep adminsMust = new TwoStep(accounts, recoveryCodes, signIns, TestDatabase.CLOCK, "ADMIN");
        assertThat(staff.as("admin", adminsMust::mustEnrol)).isTrue();
        assertThat(staff.as("tnv.vanla", adminsMust::mustEnrol)).as("optional for a volunteer").isFalse();
        assertThat(staff.as("admin", twoStep::mustEnrol)).as("this test run requires it of nobody").isFalse();
    }

    private void account(String username) {
        testAccounts.admin(username, "Thử hai bước");
    }

    /** What the app shows now, or {@code steps} of 30 seconds from now. */
    private static String code(String secret, int steps) {
        return Totp.code(Totp.unbase32(secret), Totp.step(TestDatabase.CLOCK.instant()) + steps);
    }
}
