package vn.tramso.household;

import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_FACT;
import static vn.tramso.household.HouseholdRefusedException.Reason.CODE_TAKEN;
import static vn.tramso.household.HouseholdRefusedException.Reason.DUPLICATE_MEMBER;
import static vn.tramso.household.HouseholdRefusedException.Reason.ERASED;
import static vn.tramso.household.HouseholdRefusedException.Reason.UNKNOWN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.VillageId;

/**
 * Households and members of a village and each member's digital status. Every method checks that
 * the signed-in staff member's place covers the household's village. A status set by hand is a
 * new dated fact with the volunteer as its source; nothing is overwritten, so the history stays. An edit that lost
 * a write conflict runs again in a new transaction ({@link RetryOnWriteConflict}); the two a help session makes
 * inside its own transaction are retried with the session. Its statements are in {@link HouseholdStore} and
 * {@link MemberStore}, which {@link HouseholdImport} writes through too.
 */
@Service
public class Households {

    private final HouseholdStore store;
    private final MemberStore members;
    private final Tombstones tombstones;
    private final StaffNames staff;
    private final PlaceScope scope;
    private final Clock clock;

    Households(HouseholdStore store, MemberStore members, Tombstones tombstones, StaffNames staff, PlaceScope scope,
                     Clock clock) {
        this.store = store;
        this.members = members;
        this.tombstones = tombstones;
        this.staff = staff;
        this.scope = scope;
        this.clock = clock;
    }

    /** The village's households with what each lacks; {@code search} matches code, head, hamlet or a member's name. */
    public List<HouseholdSummary> households(long villageId, String search) {
        scope.village(new VillageId(villageId));
        return staff.summaries(store.summaries(new HouseholdCriteria.InVillage(villageId, search), year()));
    }

    public Household household(long householdId) {
        Household household = store.household(householdId).orElseThrow(() -> new HouseholdRefusedException(UNKNOWN));
        scope.village(new VillageId(household.villageId()));
        return household;
    }

    /**
     * Members of the village whose name contains the text (without regard to case or tones: the
     * column's collation), at most {@code limit}, to link a help session to the person helped.
     */
    public List<MemberChoice> findMembers(long villageId, String text, int limit) {
        scope.village(new VillageId(villageId));
        String q = text == null ? "" : text.strip().replace("%", "").replace("_", "");
        if (q.length() < 2) {
            return List.of();
        }
        return members.find(villageId, q, limit);
    }

    public List<Member> members(long householdId) {
        household(householdId);
        return members.ofHousehold(householdId, year());
    }

    /** A member as a help session's form shows them: name, birth year and household. */
    public MemberChoice choice(long memberId) {
        Member m = member(memberId);
        Household h = household(m.householdId());
        return new MemberChoice(m.id(), m.fullName(), m.birthYear(), h.code(), h.hamlet());
    }

    /** A member with their current status, their household checked against the signed-in staff member's place. */
    public Member member(long memberId) {
        long householdId = members.householdOf(memberId).orElseThrow(() -> new HouseholdRefusedException(UNKNOWN));
        household(householdId);
        return members.member(memberId, year()).orElseThrow();
    }

    @RetryOnWriteConflict
    @Transactional
    public long addHousehold(long villageId, HouseholdDetails details) {
        scope.village(new VillageId(villageId));
        HouseholdDetails d = HouseholdChecks.checked(details);
        try {
            return store.add(new HouseholdStore.NewHousehold(villageId, d), LocalDateTime.now(clock));
        } catch (DuplicateKeyException taken) {
            throw new HouseholdRefusedException(CODE_TAKEN);
        }
    }

    @RetryOnWriteConflict
    @Transactional
    public void updateHousehold(long householdId, HouseholdDetails details) {
        household(householdId);
        HouseholdDetails d = HouseholdChecks.checked(details);
        try {
            store.update(new HouseholdStore.HouseholdChange(householdId, d), LocalDateTime.now(clock));
        } catch (DuplicateKeyException taken) {
            throw new HouseholdRefusedException(CODE_TAKEN);
        }
    }

    @RetryOnWriteConflict
    @Transactional
    public long addMember(long householdId, MemberDetails details) {
        household(householdId);
        MemberDetails d = HouseholdChecks.checked(details, year());
        try {
            return members.add(new MemberStore.NewMember(householdId, d), LocalDateTime.now(clock));
        } catch (DuplicateKeyException duplicate) {
            throw new HouseholdRefusedException(DUPLICATE_MEMBER);
        }
    }

    @RetryOnWriteConflict
    @Transactional
    public void updateMember(long memberId, MemberDetails details) {
        if (member(memberId).erased()) {
            throw new HouseholdRefusedException(ERASED);
        }
        MemberDetails d = HouseholdChecks.checked(details, year());
        try {
            members.update(new MemberStore.MemberChange(memberId, d), LocalDateTime.now(clock));
        } catch (DuplicateKeyException duplicate) {
            throw new HouseholdRefusedException(DUPLICATE_MEMBER);
        }
    }

    /** Sets a status by hand: a new fact as of today, with the signed-in volunteer as its source. */
    @RetryOnWriteConflict
    @Transactional
    public void setFact(long memberId, Fact fact, int value) {
        if (member(memberId).erased()) {
            throw new HouseholdRefusedException(ERASED);
        }
        if (value < 0 || value > fact.max()) {
            throw new HouseholdRefusedException(BAD_FACT);
        }
        members.addFact(memberId, fact, value, LocalDate.now(clock), FactSource.VOLUNTEER, null, StaffUser.require().id(),
                LocalDateTime.now(clock));
    }

    /** Everything kept about a member, to show them on request. */
    public MemberRecord record(long memberId) {
        Member member = member(memberId);
        Household household = household(member.householdId());
        return new MemberRecord(member, household, scope.village(new VillageId(household.villageId())).name(),
                staff.facts(members.factHistory(memberId)));
    }

    /**
     * Erases a member's own data on their request: name, birth year and phone are gone for good;
     * whether they are an adult and their facts stay (with no name), so the village's counts do not change.
     * When they head the household, the household's head name goes too. A fingerprint without
     * the name ({@link Tombstones}) stays, so an import of an older file does not bring them back.
     */
    @RetryOnWriteConflict
    @Transactional
    public void erase(long memberId) {
        Member member = member(memberId);
        if (member.erased()) {
            return;
        }
        Household household = household(member.householdId());
        LocalDateTime now = LocalDateTime.now(clock);
        store.bury(tombstones.member(household.villageId(), household.code(), member.fullName(), member.birthYear()),
                household.villageId(), now);
        if (Tombstones.sameName(household.headName(), member.fullName())) {
            store.bury(tombstones.head(household.villageId(), household.code(), household.headName()), household.villageId(), now);
            store.forgetHead(household.id(), now);
        }
        members.erase(memberId, year(), now);
    }

    /**
     * Records what a help session achieved for a member: each fact as of the session's day, with
     * the session as its source, replacing what this session recorded before (when it is edited).
     * A session never lowers a status it did not set (a VNeID level 1 session after level 2 is
     * history, not a step back); "no smartphone" is recorded as it is said.
     */
    @Transactional
    public void recordFromSession(long sessionId, long memberId, LocalDate day, Map<Fact, Integer> facts) {
        forgetSession(sessionId);
        Member member = member(memberId);
        long by = StaffUser.require().id();
        LocalDateTime now = LocalDateTime.now(clock);
        facts.forEach((fact, value) -> {
            boolean lowers = value < member.fact(fact) && value > 0;
            if (!lowers && !member.erased()) {
                members.addFact(memberId, fact, Math.min(value, fact.max()), day, FactSource.SESSION, sessionId, by, now);
            }
        });
        markVisited(member.householdId(), day);
    }

    /** Takes back the facts a help session recorded (it was deleted, or is being recorded again). */
    @Transactional
    public void forgetSession(long sessionId) {
        members.forgetSession(sessionId);
    }

    /** Marks a household visited on a day (a help session with one of its members, or a home visit). */
    @RetryOnWriteConflict
    @Transactional
    public void visited(long householdId, LocalDate day) {
        household(householdId);
        markVisited(householdId, day);
    }

    private void markVisited(long householdId, LocalDate day) {
        store.markVisited(householdId, day);
    }

    /** This year, in the villages' time zone: ages and birth years are checked against it. */
    int year() {
        return LocalDate.now(clock).getYear();
    }
}
