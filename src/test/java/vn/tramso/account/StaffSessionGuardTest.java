package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;

/** A staff session ends at 12 hours whatever it does, and at once when its account is disabled. */
@IntegrationTest
class StaffSessionGuardTest {

    @Autowired
    StaffSessionGuard guard;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_session_of_twelve_hours_and_a_minute_is_dropped_a_younger_one_kept() throws Exception {
        MockHttpSession session = new MockHttpSession();
        LocalDateTime created = LocalDateTime.ofInstant(Instant.ofEpochMilli(session.getCreationTime()), TestDatabase.CLOCK.getZone());

        TestDatabase.CLOCK.set(created.plusHours(11).plusMinutes(59));
        request(session, "tnv.vanla");
        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        TestDatabase.CLOCK.set(created.plusHours(12).plusMinutes(1));
        request(session, "tnv.vanla");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the request goes on signed out").isNull();
    }

    @Test
    void disabling_an_account_ends_its_open_session_at_its_next_request() throws Exception {
        jdbc.sql("INSERT INTO user_account (username, display_name, password_hash, role) VALUES ('thu.phien', 'Thử phiên',"
                + " '{noop}x', 'ADMIN')").update();
        MockHttpSession session = new MockHttpSession();
        TestDatabase.CLOCK.set(LocalDateTime.ofInstant(Instant.ofEpochMilli(session.getCreationTime()), TestDatabase.CLOCK.getZone()));
        request(session, "thu.phien");
        assertThat(session.isInvalid()).isFalse();

        jdbc.sql("UPDATE user_account SET enabled = FALSE WHERE username = 'thu.phien'").update();
        request(session, "thu.phien");
        assertThat(session.isInvalid()).isTrue();
    }

    /** A Vaadin request of the signed-in user in that session. */
    private void request(MockHttpSession session, String username) throws Exception {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setSession(session);
        guard.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
