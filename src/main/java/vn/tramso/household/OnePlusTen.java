package vn.tramso.household;

import static vn.tramso.household.HouseholdRefusedException.Reason.NOT_A_LOOKER;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.PlaceScope;

/**
 * "1+10": each member of the village's team looks after about ten households. Assignments are
 * dated and kept: moving a household ends its open assignment today and opens a new one, so who
 * looked after it when stays known.
 */
@Service
public class OnePlusTen {

    /** A household not visited for this many days is shown to its member. */
    public static final int VISIT_DAYS = 60;

    private final HouseholdService households;
    private final HouseholdStore store;
    private final PlaceScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    OnePlusTen(HouseholdService households, HouseholdStore store, PlaceScope scope, JdbcClient jdbc, Clock clock) {
        this.households = households;
        this.store = store;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The village's team (enabled volunteer accounts of the village) with the households each looks after. */
    public List<Looker> lookers(long villageId) {
        scope.village(villageId);
        return jdbc.sql("""
                        SELECT u.id, u.display_name,
                               (SELECT COUNT(*) FROM household_assignment a WHERE a.member_user_id = u.id AND a.ended_on IS NULL)
                        FROM user_account u WHERE u.village_id = :v AND u.role = 'VOLUNTEER' AND u.enabled ORDER BY u.display_name
                        """)
                .param("v", villageId).query((rs, n) -> new Looker(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
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
            boolean inVillage = jdbc.sql("""
                            SELECT COUNT(*) FROM user_account WHERE id = :u AND village_id = :v AND role = 'VOLUNTEER' AND enabled
                            """)
                    .param("u", lookerId).param("v", household.villageId()).query(Integer.class).single() == 1;
            if (!inVillage) {
                throw new HouseholdRefusedException(NOT_A_LOOKER);
            }
            Long current = jdbc.sql("SELECT member_user_id FROM household_assignment WHERE household_id = :h AND ended_on IS NULL")
                    .param("h", householdId).query(Long.class).optional().orElse(null);
            if (current != null && current == lookerId) {
                continue;
            }
            end(householdId, today);
            jdbc.sql("""
                            INSERT INTO household_assignment (household_id, member_user_id, assigned_on, assigned_by)
                            VALUES (:h, :u, :today, :by)
                            """)
                    .param("h", householdId).param("u", lookerId).param("today", today).param("by", by).update();
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
            end(householdId, today);
        }
    }

    /** Who looked after the household, most recent first. */
    public List<Assignment> history(long householdId) {
        households.household(householdId);
        return jdbc.sql("""
                        SELECT u.display_name, a.assigned_on, a.ended_on, b.display_name FROM household_assignment a
                        JOIN user_account u ON u.id = a.member_user_id LEFT JOIN user_account b ON b.id = a.assigned_by
                        WHERE a.household_id = :h ORDER BY a.assigned_on DESC, a.id DESC
                        """)
                .param("h", householdId)
                .query((rs, n) -> new Assignment(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
    }

    /** The households the signed-in member looks after, with what each lacks, the least recently visited first. */
    public List<HouseholdSummary> mine() {
        StaffUser me = StaffUser.require();
        return store.summaries("""
                h.id IN (SELECT a.household_id FROM household_assignment a WHERE a.member_user_id = :u AND a.ended_on IS NULL)""",
                Map.of("u", me.id()), LocalDate.now(clock).getYear()).stream()
                .sorted(Comparator.comparing(HouseholdSummary::lastVisitOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private void end(long householdId, LocalDate today) {
        jdbc.sql("UPDATE household_assignment SET ended_on = :today WHERE household_id = :h AND ended_on IS NULL")
                .param("h", householdId).param("today", today).update();
    }
}
