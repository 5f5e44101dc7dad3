package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.Screens;
import vn.tramso.TestDatabase;

/** After the password, an account with two-step sign-in reaches nothing of the staff area but the code screen until a code passes. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class TwoStepScreensTest extends SpringBrowserlessTest {

    private static final Class<Component> PASSWORD_VIEW = Screens.named("vn.tramso.account.ui.PasswordView");
    private static final Class<Component> TWO_STEP_VIEW = Screens.named("vn.tramso.account.ui.TwoStepView");

    private static final String SECRET = Totp.base32("two-step-screens-key".getBytes(StandardCharsets.US_ASCII));

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void anAccountWithTwoStep() {
        jdbc.sql("""
                        INSERT IGNORE INTO user_account (username, display_name, password_hash, role, totp_secret, totp_since)
                        VALUES ('thu.manhinh', 'Thử màn hình', '{noop}x', 'ADMIN', :s, '2026-12-01 08:00:00')""")
                .param("s", SECRET).update();
        jdbc.sql("""
                        INSERT IGNORE INTO user_account (username, display_name, password_hash, role, totp_secret, totp_since, must_change_password)
                        VALUES ('thu.tamthoi', 'Thử tạm thời', '{noop}x', 'ADMIN', :s, '2026-12-01 08:00:00', TRUE)""")
                .param("s", SECRET).update();
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 5, 8, 0, 10));
    }

    @Test
    @WithUserDetails(value = "thu.manhinh", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_staff_area_waits_behind_the_code_screen() {
        UI.getCurrent().navigate("admin/kiosks");
        assertThat(getCurrentView()).isInstanceOf(TWO_STEP_VIEW);

        test($(TextField.class).withClassName("two-step-code").single()).setValue("123456");
        test($(Button.class).withClassName("two-step-check").single()).click();
        assertThat($(Paragraph.class).withClassName("two-step-message").single().getText()).startsWith("Mã không đúng");
        UI.getCurrent().navigate("admin/kiosks");
        assertThat(getCurrentView()).as("a wrong code opens nothing").isInstanceOf(TWO_STEP_VIEW);

        String now = Totp.code(Totp.unbase32(SECRET), Totp.step(TestDatabase.CLOCK.instant()));
        test($(TextField.class).withClassName("two-step-code").single()).setValue(now);
        test($(Button.class).withClassName("two-step-check").single()).click();
        assertThat(getCurrentView()).isNotInstanceOf(TWO_STEP_VIEW);
        UI.getCurrent().navigate("admin/kiosks");
        assertThat(getCurrentView()).as("past the second step for this session").isNotInstanceOf(TWO_STEP_VIEW);
        UI.getCurrent().navigate("staff/two-step/code");
        assertThat(getCurrentView()).as("nothing more to ask in this session").isNotInstanceOf(TWO_STEP_VIEW);
    }

    @Test
    @WithUserDetails(value = "thu.manhinh", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_password_alone_cannot_change_the_password() {
        UI.getCurrent().navigate("staff/password");
        assertThat(getCurrentView()).as("holding only the password").isInstanceOf(TWO_STEP_VIEW);
        assertThat($(PasswordField.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "thu.tamthoi", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_reset_account_with_two_step_gives_its_code_before_it_sets_a_new_password() {
        UI.getCurrent().navigate("admin/kiosks");
        assertThat(getCurrentView()).isInstanceOf(TWO_STEP_VIEW);

        String now = Totp.code(Totp.unbase32(SECRET), Totp.step(TestDatabase.CLOCK.instant()));
        test($(TextField.class).withClassName("two-step-code").single()).setValue(now);
        test($(Button.class).withClassName("two-step-check").single()).click();
        assertThat(getCurrentView()).as("then the temporary password is replaced").isInstanceOf(PASSWORD_VIEW);
        UI.getCurrent().navigate("admin/kiosks");
        assertThat(getCurrentView()).isInstanceOf(PASSWORD_VIEW);
    }
}
