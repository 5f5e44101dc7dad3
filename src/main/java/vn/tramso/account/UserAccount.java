package vn.tramso.account;

import java.time.LocalDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import vn.tramso.base.security.Role;

/**
 * A signed-in user, bound to the place whose data they may see: a volunteer to a village, a
 * leader to a commune, a province admin to a province, an admin to none.
 */
@Table("user_account")
public record UserAccount(@Id Long id, String username, String displayName, String passwordHash, Role role,
                          Long provinceId, Long communeId, Long villageId, boolean enabled, boolean mustChangePassword,
                          LocalDateTime createdAt) {
}
