package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestAccounts;

/** A staff session ends at 12 hours whatever it does, and at once when its account is disabled. */
@IntegrationTest
class StaffSessionGuardTest {

    @Autowired
    StaffSessionGuard guard;
    @Autowired
    StaffUserDetails accounts;
    @Autowired
    TestAccounts testAccounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_session_of_twelve_hours_and_a_minute_is_dropped_a_younger_one_kept() throws Exception {
        MockHttpSession young = createdAgo(Duration.ofHours(11).plusMinutes(59));
        request(young, "tnv.vanla");
        assertThat(young.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        MockHttpSession old = createdAgo(Duration.ofHours(12).plusMinutes(1));
        request(old, "tnv.vanla");
        assertThat(old.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("the request goes on signed out").isNull();
    }

    /** A session the container created that long ago (by its own clock, as the guard reads it). */
    private static MockHttpSession createdAgo(Duration age) {
        long created = System.currentTimeMillis() - age.toMillis();
        return new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return created;
            }
        };
    }

    @Test
    void disabling_an_account_ends_its_open_session_at_its_next_request() throws Exception {
        testAccounts.admin("thu.phien", "Thử phiên");
        MockHttpSession session = new MockHttpSession();
        request(session, "thu.phien");
        assertThat(session.isInvalid()).isFalse();

        testAccounts.disable("thu.phien");
        request(session, "thu.phien");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_volunteer_who_signs_in_on_a_kiosk_browser_keeps_the_staff_fifteen_minutes() throws Exception {
        MockHttpSession kioskSession = new MockHttpSession();
        kioskSession.setMaxInactiveInterval(12 * 3600); // what the kiosk gate gave the kiosk browser's session
        request(kioskSession, "tnv.traphuong");
        assertThat(kioskSession.isInvalid()).isFalse();
        assertThat(kioskSession.getMaxInactiveInterval()).isEqualTo(15 * 60);
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
