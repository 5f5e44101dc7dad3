package vn.tramso.account;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.tramso.base.security.StaffPrincipal;
import vn.tramso.base.security.StaffUser;

/** Users from the database for Spring Security, and the signed-in user's own account. */
@Service
public class StaffUserDetails implements UserDetailsService {

    private final UserAccountRepository users;

    StaffUserDetails(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new StaffPrincipal(staff(account), account.passwordHash(), account.enabled());
    }

    public Optional<UserAccount> account(String username) {
        return users.findByUsername(username);
    }

    static StaffUser staff(UserAccount a) {
        return new StaffUser(a.id(), a.username(), a.displayName(), a.role(), a.provinceId(), a.communeId(), a.villageId());
    }
}
