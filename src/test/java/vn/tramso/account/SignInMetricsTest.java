package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.ManagementPort;
import vn.tramso.base.security.SignInThrottledException;

/** Staff sign-ins by outcome, as a Prometheus scrape counts them. */
@IntegrationTest
class SignInMetricsTest {

    @Autowired
    ThrottledSignIn signIn;
    @Autowired
    ManagementPort management;

    @Test
    void failed_throttled_and_successful_sign_ins_are_counted_each_by_its_outcome() {
        double failed = count("failed");
        double throttled = count("throttled");
        double success = count("success");

        for (int i = 1; i <= SignIns.MAX_FAILURES; i++) {
            String address = "10.9.9." + i;
            assertThatThrownBy(() -> attempt("thu.dodem", "sai", address)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("thu.dodem", "sai", "10.9.9.99")).isInstanceOf(SignInThrottledException.class);
        attempt("tnv.vanla", "demo1234", "10.9.8.1");

        assertThat(count("failed")).isEqualTo(failed + SignIns.MAX_FAILURES);
        assertThat(count("throttled")).isEqualTo(throttled + 1);
        assertThat(count("success")).isEqualTo(success + 1);
    }

    private double count(String outcome) {
        return management.metric("tramso_sign_ins_total", "outcome=" + outcome);
    }

    private Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return signIn.authenticate(token);
    }
}
