package vn.tramso.base.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins for this name or from this address lately: no password is checked
 * until the wait is over, the right one neither. The sign-in page states the wait.
 */
public class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    public SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins; wait " + wait);
        this.wait = wait;
    }

    public Duration getWait() {
        return wait;
    }

    /** The wait in whole minutes, at least 1. */
    public long minutes() {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
