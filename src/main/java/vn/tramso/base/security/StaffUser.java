package vn.tramso.base.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in staff member as services see them: who, in which role, bound to which place
 * (a volunteer's village, a leader's commune, a province admin's province; an admin to none).
 * Services check what they read and write against it; views never pass a user id in.
 */
public record StaffUser(long id, String username, String displayName, Role role, Long provinceId, Long communeId,
                        Long villageId) {

    /** The staff member signed in on this thread, if any. */
    public static Optional<StaffUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                ? Optional.of(principal.staff()) : Optional.empty();
    }

    /** @throws AccessDeniedException when no staff member is signed in */
    public static StaffUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("No staff member is signed in"));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
