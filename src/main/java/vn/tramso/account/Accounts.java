package vn.tramso.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.table.Formulas;
import vn.tramso.place.CommuneId;
import vn.tramso.place.Coverage;
import vn.tramso.place.PlaceEditor;
import vn.tramso.place.PlaceRef;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.ProvinceId;
import vn.tramso.place.VillageId;

/**
 * Staff accounts: created, disabled, enabled and given a new password by whoever keeps the place
 * they are attached to. An admin manages every account; a province admin those of their province
 * (its province admins, commune leaders and volunteers); a commune leader the volunteers of their
 * villages. New and reset accounts get a random temporary password, shown once, to be changed at
 * the first sign-in. Accounts are disabled, never deleted.
 */
@Service
public class Accounts {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9]([a-z0-9._-]{1,38})[a-z0-9]");

    private final UserAccountRepository users;
    private final AccountStore store;
    private final AccountPlaces named;
    private final Places places;
    private final PlaceScope scope;
    private final PlaceEditor tree;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(UserAccountRepository users, AccountStore store, AccountPlaces named, Places places, PlaceScope scope,
                 PlaceEditor tree, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.store = store;
        this.named = named;
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
        return named.named(store.listed().stream().filter(listed -> manages(me, listed.place())).toList());
    }

    /** The roles the signed-in staff member may give. */
    public List<Role> rolesToGive() {
        return rolesGivenBy(StaffUser.require().role());
    }

    /** The roles an account of this role may give, and so the roles of the accounts it manages. */
    static List<Role> rolesGivenBy(Role role) {
        return switch (role) {
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
        if (users.existsByUsername(username)) {
            throw new AccountRefusedException(AccountRefusedException.Reason.USERNAME_TAKEN);
        }
        String password = PasswordPolicy.temporary();
        // the same write as the first admin's (FirstAdmin): a whole new account through its repository
        users.save(new UserAccount(null, username, name, encoder.encode(password), account.role(), place.provinceId(),
                place.communeId(), place.villageId(), true, true, LocalDateTime.now(clock)));
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
        store.setEnabled(accountId, enabled);
    }

    /** A new temporary password for the account, to be changed at its next sign-in. */
    @Transactional
    public String resetPassword(long accountId) {
        requireManaged(accountId);
        String password = PasswordPolicy.temporary();
        store.setPassword(accountId, encoder.encode(password), true);
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
        String hash = store.passwordHash(me.id());
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
        store.setPassword(me.id(), encoder.encode(replacement), false);
    }

    /** Whether the signed-in staff member must change a temporary password before anything else. */
    public boolean mustChangePassword() {
        return StaffUser.current().map(me -> store.mustChangePassword(me.id())).orElse(false);
    }

    private void requireManaged(long accountId) {
        Attached place = store.place(accountId).orElseThrow(() -> new AccessDeniedException("No account " + accountId));
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

    /**
     * Whether {@code me} manages an account attached so: one of a role theirs may give, at a place
     * they cover ({@link Coverage}, the one place rule). An admin manages every account.
     */
    static boolean manages(StaffUser me, Attached a) {
        return me.isAdmin() || rolesGivenBy(me.role()).contains(a.role()) && a.place().map(p -> Coverage.covers(me, p)).orElse(false);
    }

    /** The place of an account, every level above its own filled in. */
    record Attached(Role role, Long provinceId, Long communeId, Long villageId) {

        /** The account's place, none for an account attached to no place (an admin's). */
        Optional<PlaceRef> place() {
            if (provinceId == null) {
                return Optional.empty();
            }
            ProvinceId province = new ProvinceId(provinceId);
            if (communeId == null) {
                return Optional.of(PlaceRef.of(province));
            }
            CommuneId commune = new CommuneId(communeId);
            return Optional.of(villageId == null ? PlaceRef.of(commune, province) : PlaceRef.of(new VillageId(villageId), commune, province));
        }
    }
}
