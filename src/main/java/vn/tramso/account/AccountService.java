package vn.tramso.account;

import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users from the database for Spring Security, and the signed-in user's own account. */
@Service
public class AccountService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(new SimpleGrantedAuthority("ROLE_" + account.role().name()))
                .build();
    }

    public Optional<UserAccount> account(String username) {
        return users.findByUsername(username);
    }
}
