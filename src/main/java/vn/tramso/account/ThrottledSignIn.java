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

/**
 * The staff sign-in: the attempt reserved first, or refused by the throttle (see {@link SignIns}), then
 * the name and password against the accounts, and the outcome recorded either way.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignIns signIns;

    ThrottledSignIn(StaffUserDetails accounts, PasswordEncoder encoder, SignIns signIns) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.signIns = signIns;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        SignIns.Attempt reserved = signIns.reserve(username, address);
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            signIns.settle(reserved, SignIns.Outcome.SUCCESS);
            return signedIn;
        } catch (DisabledException disabled) {
            signIns.settle(reserved, SignIns.Outcome.DISABLED);
            throw disabled;
        } catch (AuthenticationException failed) {
            signIns.settle(reserved, SignIns.Outcome.FAILED);
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
