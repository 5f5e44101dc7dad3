package vn.tramso.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.tramso.base.security.SignInThrottledException;

/**
 * The staff sign-in: the throttle first (see {@link SignIns}), then the name and password against
 * the accounts, and the outcome recorded either way.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignIns signIns;

    ThrottledSignIn(AccountService accounts, PasswordEncoder encoder, SignIns signIns) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        var wait = signIns.wait(username, address);
        if (wait.isPresent()) {
            signIns.record(username, address, SignIns.Outcome.THROTTLED);
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            signIns.record(username, address, SignIns.Outcome.SUCCESS);
            return signedIn;
        } catch (DisabledException disabled) {
            signIns.record(username, address, SignIns.Outcome.DISABLED);
            throw disabled;
        } catch (AuthenticationException failed) {
            signIns.record(username, address, SignIns.Outcome.FAILED);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
