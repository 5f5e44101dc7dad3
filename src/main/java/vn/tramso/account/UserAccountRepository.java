package vn.tramso.account;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import vn.tramso.base.security.Role;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByRole(Role role);
}
