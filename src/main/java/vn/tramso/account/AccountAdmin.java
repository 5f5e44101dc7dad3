package vn.tramso.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.security.Role;
import vn.tramso.base.table.Formulas;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.PlaceAdmin;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.PlaceService;

/**
 * Staff accounts: created, disabled, enabled and given a new password by whoever keeps the place
 * they are attached to. An admin manages every account; a province admin those of their province
 * (its province admins, commune leaders and volunteers); a commune leader the volunteers of their
 * villages. New and reset accounts get a random temporary password, shown once, to be changed at
 * the first sign-in. Accounts are disabled, never deleted.
 */
@Service
public class AccountAdmin {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9]([a-z0-9._-]{1,38})[a-z0-9]");

    private final JdbcClient jdbc;
    private final PlaceService places;
    private final PlaceScope scope;
    private final PlaceAdmin tree;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountAdmin(JdbcClient jdbc, PlaceService places, PlaceScope scope, PlaceAdmin tree, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.places = places;
        this.scope = scope;
        this.tree = tree;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A new account's place: a province, commune or village id depending on the role; none for an admin. */
    public record NewAccount(String username, String displayName, Role role, Long placeId) {
    }

    /** An account as its manager sees it (never its password). */
    public record Account(long id, String username, String displayName, Role role, String place, boolean enabled,
                          boolean mustChangePassword) {
    }

    /** A place an account can be attached to, for the signed-in manager. */
    public record PlaceChoice(long id, String name) {
    }

    /** The accounts the signed-in staff member manages, by place then name. */
    public List<Account> accounts() {
        StaffUser me = StaffUser.require();
        return jdbc.sql("""
                        SELECT u.id, u.username, u.display_name, u.role, u.province_id, u.commune_id, u.village_id, u.enabled,
                               u.must_change_password,
                               COALESCE(v.cultural_house_name, c.name, p.name, '') AS place
                        FROM user_account u
                        LEFT JOIN village v ON v.id = u.village_id
                        LEFT JOIN commune c ON c.id = u.commune_id
                        LEFT JOIN province p ON p.id = u.province_id
                        ORDER BY place, u.display_name
                        """)
                .query((rs, n) -> manages(me, attached(rs)) ? new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("place"),
                        rs.getBoolean("enabled"), rs.getBoolean("must_change_password")) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The roles the signed-in staff member may give. */
    public List<Role> rolesToGive() {
        return switch (StaffUser.require().role()) {
            case ADMIN -> List.of(Role.VOLUNTEER, Role.LEADER, Role.PROVINCE_ADMIN, Role.ADMIN);
            case PROVINCE_ADMIN -> List.of(Role.VOLUNTEER, Role.LEADER, Role.PROVINCE_ADMIN);
            case LEADER -> List.of(Role.VOLUNTEER);
            case VOLUNTEER -> List.of();
        };
    }

    /** The places an account of this role can be attached to by the signed-in staff member. */
    public List<PlaceChoice> placesFor(Role role) {
        return switch (role) {
            case VOLUNTEER -> scope.villages().stream().map(v -> new PlaceChoice(v.id(), v.culturalHouse())).toList();
            case LEADER -> tree.provinces().stream().filter(p -> !p.retired())
                    .flatMap(p -> tree.communes(p.id()).stream().filter(c -> !c.retired()))
                    .map(c -> new PlaceChoice(c.id(), c.name())).toList();
            case PROVINCE_ADMIN -> tree.provinces().stream().filter(p -> !p.retired())
                    .map(p -> new PlaceChoice(p.id(), p.name())).toList();
            case ADMIN -> List.of();
        };
    }

    /**
     * Creates an account attached to its place.
     *
     * @return the temporary password, to hand over once
     * @throws AccountRefusedException for a bad or taken user name, a missing name, a place not given
     * @throws AccessDeniedException   when the signed-in staff member may not give this role or place
     */
    @Transactional
    public String create(NewAccount account) {
        String username = account.username() == null ? "" : account.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountRefusedException(AccountRefusedException.Reason.BAD_USERNAME);
        }
        String name = account.displayName() == null ? "" : account.displayName().strip().replaceAll("\\s+", " ");
        if (name.length() < 2 || name.length() > 120) {
            throw new AccountRefusedException(AccountRefusedException.Reason.BAD_NAME);
        }
        if (Formulas.startsLikeOne(name)) {
            throw new AccountRefusedException(AccountRefusedException.Reason.FORMULA_NAME);
        }
        Attached place = attach(account.role(), account.placeId());
        if (!rolesToGive().contains(account.role()) || !manages(StaffUser.require(), place)) {
            throw new AccessDeniedException("may not create this account");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM user_account WHERE username = :u").param("u", username).query(Integer.class).single() > 0) {
            throw new AccountRefusedException(AccountRefusedException.Reason.USERNAME_TAKEN);
        }
        String password = PasswordPolicy.temporary();
        jdbc.sql("""
                        INSERT INTO user_account (username, display_name, password_hash, role, province_id, commune_id, village_id,
                            enabled, must_change_password, created_at)
                        VALUES (:u, :n, :h, :r, :p, :c, :v, TRUE, TRUE, :now)
                        """)
                .param("u", username).param("n", name).param("h", encoder.encode(password)).param("r", account.role().name())
                .param("p", place.provinceId()).param("c", place.communeId()).param("v", place.villageId())
                .param("now", LocalDateTime.now(clock)).update();
        return password;
    }

    /** Disables or enables an account; nobody disables themselves. */
    @Transactional
    public void setEnabled(long accountId, boolean enabled) {
        StaffUser me = StaffUser.require();
        if (me.id() == accountId) {
            throw new AccountRefusedException(AccountRefusedException.Reason.SELF);
        }
        requireManaged(accountId);
        jdbc.sql("UPDATE user_account SET enabled = :e WHERE id = :id").param("e", enabled).param("id", accountId).update();
    }

    /** A new temporary password for the account, to be changed at its next sign-in. */
    @Transactional
    public String resetPassword(long accountId) {
        requireManaged(accountId);
        String password = PasswordPolicy.temporary();
        jdbc.sql("UPDATE user_account SET password_hash = :h, must_change_password = TRUE WHERE id = :id")
                .param("h", encoder.encode(password)).param("id", accountId).update();
        return password;
    }

    /**
     * The signed-in staff member changes their own password.
     *
     * @throws AccountRefusedException when the current password is wrong or the new one breaks {@link PasswordPolicy}
     */
    @Transactional
    public void changeOwnPassword(String current, String replacement) {
        StaffUser me = StaffUser.require();
        String hash = jdbc.sql("SELECT password_hash FROM user_account WHERE id = :id").param("id", me.id())
                .query(String.class).single();
        if (current == null || !encoder.matches(current, hash)) {
            throw new AccountRefusedException(AccountRefusedException.Reason.WRONG_PASSWORD);
        }
        Optional<String> problem = PasswordPolicy.problem(replacement, me.username());
        if (problem.isPresent()) {
            throw new AccountRefusedException(AccountRefusedException.Reason.WEAK_PASSWORD, problem.get());
        }
        if (encoder.matches(replacement, hash)) {
            throw new AccountRefusedException(AccountRefusedException.Reason.SAME_PASSWORD);
        }
        jdbc.sql("UPDATE user_account SET password_hash = :h, must_change_password = FALSE WHERE id = :id")
                .param("h", encoder.encode(replacement)).param("id", me.id()).update();
    }

    /** Whether the signed-in staff member must change a temporary password before anything else. */
    public boolean mustChangePassword() {
        return StaffUser.current().map(me -> jdbc.sql("SELECT must_change_password FROM user_account WHERE id = :id")
                .param("id", me.id()).query(Boolean.class).optional().orElse(false)).orElse(false);
    }

    private void requireManaged(long accountId) {
        Attached place = jdbc.sql("SELECT role, province_id, commune_id, village_id FROM user_account WHERE id = :id")
                .param("id", accountId).query((rs, n) -> attached(rs))
                .optional().orElseThrow(() -> new AccessDeniedException("No account " + accountId));
        if (!manages(StaffUser.require(), place)) {
            throw new AccessDeniedException("may not manage account " + accountId);
        }
    }

    /** Where an account of a role belongs, with the places above it filled in. */
    private Attached attach(Role role, Long placeId) {
        if (role == null) {
            throw new AccountRefusedException(AccountRefusedException.Reason.NO_PLACE);
        }
        if (role == Role.ADMIN) {
            return new Attached(role, null, null, null);
        }
        if (placeId == null) {
            throw new AccountRefusedException(AccountRefusedException.Reason.NO_PLACE);
        }
        return switch (role) {
            case VOLUNTEER -> places.village(placeId).filter(v -> !v.retired())
                    .map(v -> new Attached(role, v.provinceId(), v.communeId(), v.id()))
                    .orElseThrow(() -> new AccountRefusedException(AccountRefusedException.Reason.NO_PLACE));
            case LEADER -> places.commune(placeId).filter(c -> !c.retired())
                    .map(c -> new Attached(role, c.provinceId(), c.id(), null))
                    .orElseThrow(() -> new AccountRefusedException(AccountRefusedException.Reason.NO_PLACE));
            case PROVINCE_ADMIN -> places.province(placeId).filter(p -> !p.retired())
                    .map(p -> new Attached(role, p.id(), null, null))
                    .orElseThrow(() -> new AccountRefusedException(AccountRefusedException.Reason.NO_PLACE));
            case ADMIN -> throw new IllegalStateException();
        };
    }

    /** Whether {@code me} manages an account attached so. */
    static boolean manages(StaffUser me, Attached a) {
        return switch (me.role()) {
            case ADMIN -> true;
            case PROVINCE_ADMIN -> a.role() != Role.ADMIN && a.provinceId() != null && a.provinceId().equals(me.provinceId());
            case LEADER -> a.role() == Role.VOLUNTEER && a.communeId() != null && a.communeId().equals(me.communeId());
            case VOLUNTEER -> false;
        };
    }

    /** The place of an account, every level above its own filled in. */
    record Attached(Role role, Long provinceId, Long communeId, Long villageId) {
    }

    private static Attached attached(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attached(Role.valueOf(rs.getString("role")), nullable(rs, "province_id"), nullable(rs, "commune_id"),
                nullable(rs, "village_id"));
    }

    private static Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
