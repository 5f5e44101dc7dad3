package vn.tramso;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs test code as a staff member from the database, signed in as the sign-in page would. */
@Component
public class TestStaff {

    private final UserDetailsService users;

    TestStaff(UserDetailsService users) {
        this.users = users;
    }

    /** Runs as {@code username}, then puts back whoever was signed in. */
    public <T> T as(String username, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(contextOf(username));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** Signs {@code username} in on this thread for the rest of the test. */
    public void signIn(String username) {
        SecurityContextHolder.setContext(contextOf(username));
    }

    private SecurityContext contextOf(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }
}
