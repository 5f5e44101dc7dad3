package vn.tramso.household;

import java.time.LocalDate;
import java.util.List;
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

    /** The village's enabled volunteer accounts, by name, with how many households each looks after now. */
    List<Looker> ofVillage(long villageId) {
        // reads user_account of account: to go through account's API (issue 22)
        return jdbc.sql("""
                        SELECT u.id, u.display_name,
                               (SELECT COUNT(*) FROM household_assignment a WHERE a.member_user_id = u.id AND a.ended_on IS NULL)
                        FROM user_account u WHERE u.village_id = :v AND u.role = 'VOLUNTEER' AND u.enabled ORDER BY u.display_name
                        """)
                .param("v", villageId).query((rs, n) -> new Looker(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    /** Whether the user is an enabled volunteer of the village, who can look after its households. */
    boolean isLooker(long userId, long villageId) {
        // reads user_account of account: to go through account's API (issue 22)
        return jdbc.sql("""
                        SELECT COUNT(*) FROM user_account WHERE id = :u AND village_id = :v AND role = 'VOLUNTEER' AND enabled
                        """)
                .param("u", userId).param("v", villageId).query(Integer.class).single() == 1;
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

    /** Who looked after the household, most recent first. */
    List<Assignment> history(long householdId) {
        // reads user_account of account: to go through account's API (issue 22)
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
}
