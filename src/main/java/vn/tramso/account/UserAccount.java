package vn.tramso.account;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import vn.tramso.base.security.Role;

/**
 * A signed-in user. A leader is bound to a commune and a volunteer to a village: what they may
 * see is limited to that place.
 */
@Table("user_account")
public record UserAccount(@Id Long id, String username, String displayName, String passwordHash, Role role,
                          Long communeId, Long villageId, boolean enabled) {
}
