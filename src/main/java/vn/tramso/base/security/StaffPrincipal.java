package vn.tramso.base.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal Spring Security keeps for a signed-in staff member: the user, and where they belong. */
public class StaffPrincipal extends User {

    private final StaffUser staff;

    public StaffPrincipal(StaffUser staff, String passwordHash, boolean enabled) {
        super(staff.username(), passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + staff.role().name())));
        this.staff = staff;
    }

    public StaffUser staff() {
        return staff;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
