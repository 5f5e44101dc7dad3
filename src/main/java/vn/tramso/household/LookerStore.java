package vn.tramso.household;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the "1+10" assignments: who looks after which household, and since when. */
@Repository
class LookerStore {

    private final JdbcClient jdbc;

    LookerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many households each of these users looks after now; a user who looks after none is left out. */
    Map<Long, Integer> lookedAfter(Collection<Long> userIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!userIds.isEmpty()) {
            jdbc.sql("""
                            SELECT member_user_id, COUNT(*) FROM household_assignment
                            WHERE member_user_id IN (:u) AND ended_on IS NULL GROUP BY member_user_id
                            """)
                    .param("u", userIds).query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return counts;
    }

    /** Who looks after the household now, if anybody. */
    Optional<Long> current(long householdId) {
        return jdbc.sql("SELECT member_user_id FROM household_assignment WHERE household_id = :h AND ended_on IS NULL")
                .param("h", householdId).query(Long.class).optional();
    }

    /** The user looks after the household from the day on, given by {@code by}. */
    void open(long householdId, long userId, LocalDate on, long by) {
        jdbc.sql("""
                        INSERT INTO household_assignment (household_id, member_user_id, assigned_on, assigned_by)
                        VALUES (:h, :u, :today, :by)
                        """)
                .param("h", householdId).param("u", userId).param("today", on).param("by", by).update();
    }

    /** The household's open assignment, if any, ends on the day. */
    void end(long householdId, LocalDate on) {
        jdbc.sql("UPDATE household_assignment SET ended_on = :today WHERE household_id = :h AND ended_on IS NULL")
                .param("h", householdId).param("today", on).update();
    }

    /** Who looked after the household, most recent first (their names are left to {@link StaffNames}). */
    List<Assignment> history(long householdId) {
        return jdbc.sql("""
                        SELECT a.member_user_id, a.assigned_on, a.ended_on, a.assigned_by FROM household_assignment a
                        WHERE a.household_id = :h ORDER BY a.assigned_on DESC, a.id DESC
                        """)
                .param("h", householdId)
                .query((rs, n) -> new Assignment(rs.getLong(1), null, rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, Long.class), null))
                .list();
    }
}
