package vn.tramso.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tramso.base.security.Role;

/**
 * The SQL of {@code user_account} beside its aggregate repository ({@link UserAccountRepository}, which
 * loads, creates and counts whole accounts): the list, the names other features show ({@link StaffDirectory}),
 * the single columns read on every request or step, and the updates that write only what changed (enabled, password, the two-step secret
 * and its last used time step), so a change of one never writes back a stale copy of the others.
 */
@Repository
class AccountStore {

    /** An account as listed, with the place it is attached to, for the manager's filter. */
    record Listed(Accounts.Account account, Accounts.Attached place) {
    }

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every account, with {@code ""} for the name of its place: {@link AccountPlaces} asks place's API for
     * those names and orders the list.
     */
    List<Listed> listed() {
        return jdbc.sql("""
                        SELECT id, username, display_name, role, province_id, commune_id, village_id, enabled, must_change_password
                        FROM user_account
                        """)
                .query((rs, n) -> new Listed(new Accounts.Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), "",
                        rs.getBoolean("enabled"), rs.getBoolean("must_change_password")), attached(rs)))
                .list();
    }

    /** The display names of these accounts, ordered as the database orders names; an id that is no account is left out. */
    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, display_name FROM user_account WHERE id IN (:ids) ORDER BY display_name, id").param("ids", ids)
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    /** The village's enabled volunteer accounts, by name. */
    List<StaffName> volunteersOf(long villageId) {
        return jdbc.sql("""
                        SELECT id, display_name FROM user_account WHERE village_id = :v AND role = 'VOLUNTEER' AND enabled
                        ORDER BY display_name
                        """)
                .param("v", villageId).query((rs, n) -> new StaffName(rs.getLong(1), rs.getString(2))).list();
    }

    /** Whether the account is an enabled volunteer of the village. */
    boolean volunteerOf(long accountId, long villageId) {
        return jdbc.sql("SELECT COUNT(*) FROM user_account WHERE id = :u AND village_id = :v AND role = 'VOLUNTEER' AND enabled")
                .param("u", accountId).param("v", villageId).query(Integer.class).single() == 1;
    }

    /** Where the account is attached, if there is such an account. */
    Optional<Accounts.Attached> place(long accountId) {
        return jdbc.sql("SELECT role, province_id, commune_id, village_id FROM user_account WHERE id = :id")
                .param("id", accountId).query((rs, n) -> attached(rs)).optional();
    }

    /**
     * The account's own spelling of a name typed at sign-in, as the accounts compare names (without case or
     * accents: "ÁDMIN" finds "admin").
     */
    Optional<String> username(String typed) {
        return jdbc.sql("SELECT username FROM user_account WHERE username = :u").param("u", typed).query(String.class).optional();
    }

    /** The account's password hash; the account must exist. */
    String passwordHash(long accountId) {
        return jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id").param("id", accountId).query(String.class).single();
    }

    /** Whether the account must change a temporary password; false for no such account. */
    boolean mustChangePassword(long accountId) {
        return jdbc.sql("SELECT must_change_password FROM user_account WHERE id = :id").param("id", accountId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Whether the account may sign in; false for no such account. */
    boolean enabled(long accountId) {
        return jdbc.sql("SELECT enabled FROM user_account WHERE id = :id").param("id", accountId).query(Boolean.class)
                .optional().orElse(false);
    }

    void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("UPDATE user_account SET enabled = :e WHERE id = :id").param("e", enabled).param("id", accountId).update();
    }

    /** A new password hash, temporary (to be changed at the next sign-in) or the account holder's own. */
    void setPassword(long accountId, String hash, boolean mustChange) {
        jdbc.sql("UPDATE user_account SET password_hash = :h, must_change_password = :m WHERE id = :id")
                .param("h", hash).param("m", mustChange).param("id", accountId).update();
    }

    /** The two-step secret, when two-step sign-in is on. */
    Optional<String> totpSecret(long accountId) {
        return jdbc.sql("SELECT totp_secret FROM user_account WHERE id = :id AND totp_secret IS NOT NULL").param("id", accountId)
                .query(String.class).optional();
    }

    /** Turns two-step sign-in on with this secret; {@code step} (the code that confirmed it) counts as used. */
    void turnOnTwoStep(long accountId, String secret, LocalDateTime since, long step) {
        jdbc.sql("UPDATE user_account SET totp_secret = :s, totp_since = :now, totp_last_step = :step WHERE id = :id")
                .param("s", secret).param("now", since).param("step", step).param("id", accountId).update();
    }

    /**
     * Uses the time step of a code, when it is newer than the last one used: a guarded update, so of two
     * sign-ins with one code at once only one gets the row.
     */
    boolean useTotpStep(long accountId, long step) {
        return jdbc.sql("UPDATE user_account SET totp_last_step = :s WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :s)")
                .param("s", step).param("id", accountId).update() == 1;
    }

    private static Accounts.Attached attached(ResultSet rs) throws SQLException {
        return new Accounts.Attached(Role.valueOf(rs.getString("role")), nullable(rs, "province_id"), nullable(rs, "commune_id"),
                nullable(rs, "village_id"));
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
