package vn.tramso;

import org.springframework.stereotype.Component;
import vn.tramso.account.Accounts;
import vn.tramso.account.StaffUserDetails;
import vn.tramso.base.security.Role;

/**
 * Staff accounts for tests, made the way an admin makes them: through {@link Accounts}, with the
 * demo admin signed in, never by SQL (issue 22: {@code user_account} is account's table). So a test's
 * account is checked like a real one (user name, name, a place that fits the role) and gets the same
 * bcrypt hash. A new account has a random temporary password to change at its first sign-in;
 * {@link #withPassword} changes it the way its owner would, for tests that sign in with a password.
 */
@Component
public class TestAccounts {

    private final Accounts admin;
    private final StaffUserDetails accounts;
    private final TestStaff staff;

    TestAccounts(Accounts admin, StaffUserDetails accounts, TestStaff staff) {
        this.admin = admin;
        this.accounts = accounts;
        this.staff = staff;
    }

    /**
     * An account of the role attached to its place: a village's id for a volunteer, a commune's for a
     * leader, a province's for a province admin, none for an admin. Its id.
     */
    public long create(String username, String displayName, Role role, Long placeId) {
        staff.as("admin", () -> admin.create(new Accounts.NewAccount(username, displayName, role, placeId)));
        return id(username);
    }

    /** An admin account; its id. */
    public long admin(String username, String displayName) {
        return create(username, displayName, Role.ADMIN, null);
    }

    /** A volunteer of the village; their id. */
    public long volunteer(String username, String displayName, long villageId) {
        return create(username, displayName, Role.VOLUNTEER, villageId);
    }

    /** A leader of the commune; their id. */
    public long leader(String username, String displayName, long communeId) {
        return create(username, displayName, Role.LEADER, communeId);
    }

    /**
     * An account whose owner has replaced the temporary password by {@code password} (which must pass
     * the password policy), as at a first sign-in: it signs in with that password and is not asked to
     * change it. Its id.
     */
    public long withPassword(String username, String displayName, Role role, Long placeId, String password) {
        String temporary = staff.as("admin", () -> admin.create(new Accounts.NewAccount(username, displayName, role, placeId)));
        staff.run(username, () -> admin.changeOwnPassword(temporary, password));
        return id(username);
    }

    /** Disables the account as an admin does on the accounts screen. */
    public void disable(String username) {
        long id = id(username);
        staff.run("admin", () -> admin.setEnabled(id, false));
    }

    /** The id of an account (a demo account or a test's own). */
    public long id(String username) {
        return accounts.account(username).orElseThrow(() -> new IllegalArgumentException("no account " + username)).id();
    }
}
