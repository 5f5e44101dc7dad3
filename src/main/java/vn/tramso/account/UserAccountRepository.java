package vn.tramso.account;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import vn.tramso.base.security.Role;

/**
 * Whole accounts: loaded at sign-in, created (by an admin's form or as the first admin), counted. Single
 * columns and the updates that write only what changed are in {@link AccountStore}.
 */
interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** As the accounts compare names: without case or accents. */
    boolean existsByUsername(String username);

    boolean existsByRole(Role role);
}
