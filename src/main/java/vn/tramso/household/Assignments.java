package vn.tramso.household;

import static vn.tramso.household.HouseholdRefusedException.Reason.NOT_A_LOOKER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.account.StaffName;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.VillageId;

/**
 * "1+10": each member of the village's team looks after about ten households. Assignments are
 * dated and kept: moving a household ends its open assignment today and opens a new one, so who
 * looked after it when stays known.
 */
@Service
public class Assignments {

    /** A household not visited for this many days is shown to its member. */
    public static final int VISIT_DAYS = 60;

    private final Households households;
    private final HouseholdStore store;
    private final LookerStore lookers;
    private final StaffNames names;
    private final PlaceScope scope;
    private final Clock clock;

    Assignments(Households households, HouseholdStore store, LookerStore lookers, StaffNames names, PlaceScope scope,
               Clock clock) {
        this.households = households;
        this.store = store;
        this.lookers = lookers;
        this.names = names;
        this.scope = scope;
        this.clock = clock;
    }

    /** The village's team (enabled volunteer accounts of the village) with the households each looks after. */
    public List<Looker> lookers(long villageId) {
        scope.village(new VillageId(villageId));
        List<StaffName> team = names.team(villageId);
        Map<Long, Integer> counts = lookers.lookedAfter(team.stream().map(StaffName::id).toList());
        return team.stream().map(v -> new Looker(v.id(), v.name(), counts.getOrDefault(v.id(), 0))).toList();
    }

    /**
     * Gives the households to a member of their village's team, from today: a batch move ends
     * each household's open assignment and opens the new one; a household already theirs is left.
     */
    @RetryOnWriteConflict
    @Transactional
    public int assign(Collection<Long> householdIds, long lookerId) {
        LocalDate today = LocalDate.now(clock);
        long by = StaffUser.require().id();
        int moved = 0;
        for (long householdId : householdIds) {
            Household household = households.household(householdId);
            if (!names.isLooker(lookerId, household.villageId())) {
                throw new HouseholdRefusedException(NOT_A_LOOKER);
            }
            Long current = lookers.current(householdId).orElse(null);
            if (current != null && current == lookerId) {
                continue;
            }
            lookers.end(householdId, today);
            lookers.open(householdId, lookerId, today, by);
            moved++;
        }
        return moved;
    }

    /** Nobody looks after these households from today. */
    @RetryOnWriteConflict
    @Transactional
    public void release(Collection<Long> householdIds) {
        LocalDate today = LocalDate.now(clock);
        for (long householdId : householdIds) {
            households.household(householdId);
            lookers.end(householdId, today);
        }
    }

    /** Who looked after the household, most recent first. */
    public List<Assignment> history(long householdId) {
        households.household(householdId);
        return names.assignments(lookers.history(householdId));
    }

    /** The households the signed-in member looks after, with what each lacks, the least recently visited first. */
    public List<HouseholdSummary> mine() {
        StaffUser me = StaffUser.require();
        return names.summaries(store.summaries(new HouseholdCriteria.LookedAfterBy(me.id()), LocalDate.now(clock).getYear())).stream()
                .sorted(Comparator.comparing(HouseholdSummary::lastVisitOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }
}
