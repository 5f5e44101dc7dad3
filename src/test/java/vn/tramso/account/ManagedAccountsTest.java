package vn.tramso.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tramso.account.Accounts.Attached;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;

/**
 * Whose accounts a staff member manages (no Spring, no database): an account of a role theirs may
 * give, at a place they cover. Two provinces (1, 2), communes 11 and 12 in province 1, villages 111
 * and 112 in commune 11.
 */
class ManagedAccountsTest {

    private static final StaffUser ADMIN = new StaffUser(1, "admin", "Admin", Role.ADMIN, null, null, null);
    private static final StaffUser PROVINCE = new StaffUser(2, "tinh", "Tỉnh", Role.PROVINCE_ADMIN, 1L, null, null);
    private static final StaffUser LEADER = new StaffUser(3, "xa", "Xã", Role.LEADER, 1L, 11L, null);
    private static final StaffUser VOLUNTEER = new StaffUser(4, "thon", "Thôn", Role.VOLUNTEER, 1L, 11L, 111L);

    private static final Attached AN_ADMIN = new Attached(Role.ADMIN, null, null, null);
    private static final Attached PROVINCE_ADMIN_1 = new Attached(Role.PROVINCE_ADMIN, 1L, null, null);
    private static final Attached PROVINCE_ADMIN_2 = new Attached(Role.PROVINCE_ADMIN, 2L, null, null);
    private static final Attached LEADER_11 = new Attached(Role.LEADER, 1L, 11L, null);
    private static final Attached LEADER_12 = new Attached(Role.LEADER, 1L, 12L, null);
    private static final Attached VOLUNTEER_111 = new Attached(Role.VOLUNTEER, 1L, 11L, 111L);
    private static final Attached VOLUNTEER_112 = new Attached(Role.VOLUNTEER, 1L, 11L, 112L);
    private static final Attached VOLUNTEER_OF_PROVINCE_2 = new Attached(Role.VOLUNTEER, 2L, 21L, 211L);

    @Test
    void an_admin_manages_every_account() {
        for (Attached a : new Attached[] {AN_ADMIN, PROVINCE_ADMIN_2, LEADER_12, VOLUNTEER_OF_PROVINCE_2}) {
            assertThat(Accounts.manages(ADMIN, a)).as("%s", a).isTrue();
        }
    }

    @Test
    void a_province_admin_manages_their_provinces_accounts_but_no_admin() {
        assertThat(Accounts.manages(PROVINCE, PROVINCE_ADMIN_1)).isTrue();
        assertThat(Accounts.manages(PROVINCE, LEADER_12)).isTrue();
        assertThat(Accounts.manages(PROVINCE, VOLUNTEER_112)).isTrue();
        assertThat(Accounts.manages(PROVINCE, AN_ADMIN)).isFalse();
        assertThat(Accounts.manages(PROVINCE, PROVINCE_ADMIN_2)).isFalse();
        assertThat(Accounts.manages(PROVINCE, VOLUNTEER_OF_PROVINCE_2)).isFalse();
    }

    @Test
    void a_leader_manages_only_the_volunteers_of_their_commune() {
        assertThat(Accounts.manages(LEADER, VOLUNTEER_111)).isTrue();
        assertThat(Accounts.manages(LEADER, VOLUNTEER_112)).isTrue();
        assertThat(Accounts.manages(LEADER, LEADER_11)).as("another leader of the same commune").isFalse();
        assertThat(Accounts.manages(LEADER, new Attached(Role.VOLUNTEER, 1L, 12L, 121L))).isFalse();
        assertThat(Accounts.manages(LEADER, PROVINCE_ADMIN_1)).isFalse();
    }

    @Test
    void a_volunteer_manages_no_account_not_even_their_own() {
        assertThat(Accounts.manages(VOLUNTEER, VOLUNTEER_111)).isFalse();
        assertThat(Accounts.manages(VOLUNTEER, VOLUNTEER_112)).isFalse();
    }

    @Test
    void an_account_attached_to_no_place_is_managed_by_an_admin_only() {
        Attached nowhere = new Attached(Role.VOLUNTEER, null, null, null);
        assertThat(Accounts.manages(ADMIN, nowhere)).isTrue();
        assertThat(Accounts.manages(PROVINCE, nowhere)).isFalse();
        assertThat(Accounts.manages(LEADER, nowhere)).isFalse();
    }
}
