package vn.tramso.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The signed-in user's account. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    CurrentUser(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    /** @throws IllegalStateException when nobody is signed in (views needing it are protected) */
    public UserAccount get() {
        return authentication.getPrincipalName().flatMap(accounts::account)
                .orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
