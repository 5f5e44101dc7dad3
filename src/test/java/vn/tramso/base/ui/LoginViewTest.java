package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import vn.tramso.IntegrationTest;
import vn.tramso.base.security.SignInThrottledException;

/** After a refused sign-in the page says why: the usual message, or how many minutes to wait. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_throttled_sign_in_states_the_wait_in_vietnamese() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInThrottledException(Duration.ofSeconds(4 * 60 + 10)));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("Tạm khoá đăng nhập", "Hãy đợi 5 phút");
    }

    @Test
    void a_wrong_password_gets_the_usual_message() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("no"));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).doesNotContain("Hãy đợi");
    }
}
