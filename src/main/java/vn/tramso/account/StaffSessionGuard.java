package vn.tramso.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tramso.base.db.DatabaseOutage;
import vn.tramso.base.security.StaffPrincipal;

/**
 * Ends a staff member's session, whatever it is doing, once it is {@link #MAX_AGE} old or their
 * account has been disabled meanwhile: the session is dropped before the request goes on, so Vaadin
 * finds it expired and the browser goes back to the sign-in page. The account is read from the
 * database on each request (one indexed row), so a disable on any app node counts everywhere at once.
 * The 15 minutes without a person's action are the session timeout with Vaadin's
 * {@code closeIdleSessions} (push and heartbeats do not count as action), wherever the staff member
 * signed in: a session that was a kiosk's, with its 12 hours, gets the staff timeout back.
 */
@Component
class StaffSessionGuard extends OncePerRequestFilter {

    static final Duration MAX_AGE = Duration.ofHours(12);

    private final AccountStore accounts;
    private final Duration idle;

    /** @param idle as Boot reads it: a bare number is seconds ({@code 900}), or with its unit ({@code 15m}) */
    StaffSessionGuard(AccountStore accounts, @Value("${server.servlet.session.timeout:15m}") String idle) {
        this.accounts = accounts;
        this.idle = DurationStyle.detectAndParse(idle, ChronoUnit.SECONDS);
        if (!this.idle.isPositive()) {
            throw new IllegalStateException("server.servlet.session.timeout must be positive: staff sessions must end when left alone");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/styles/") || path.startsWith("/kiosk/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof StaffPrincipal staff) {
            if (tooOld(session) || !enabled(staff.staff().id())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (session.getMaxInactiveInterval() != idle.toSeconds()) {
                // signed in on a kiosk's browser, whose session had the kiosk's 12 hours (place.KioskGate)
                session.setMaxInactiveInterval((int) idle.toSeconds());
            }
        }
        chain.doFilter(request, response);
    }

    /** By the server's own clock, the one the session's creation time comes from (not the app's business clock). */
    private static boolean tooOld(HttpSession session) {
        return System.currentTimeMillis() - session.getCreationTime() > MAX_AGE.toMillis();
    }

    /**
     * While the database is out the account cannot be read: the request goes on, and the screen says the
     * system is busy (base.ui.DatabaseOutageHandler) and keeps the form, instead of an error page losing it.
     * Nothing can be read or written meanwhile, and the next request after the outage checks again.
     */
    private boolean enabled(long accountId) {
        try {
            return accounts.enabled(accountId);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isOutage(e)) {
                return true;
            }
            throw e;
        }
    }
}
