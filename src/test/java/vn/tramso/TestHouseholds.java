package vn.tramso;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tramso.household.Fact;
import vn.tramso.household.HouseholdDetails;
import vn.tramso.household.Households;
import vn.tramso.household.MemberDetails;
import vn.tramso.household.Assignments;

/**
 * Households, members, their statuses and 1+10 assignments for tests, written through household's
 * services ({@link Households}, {@link Assignments}) as the demo admin, never by SQL (issue 22:
 * these are household's tables). A test that needs a history (the adoption figures) gives each record
 * its day: the test clock is set to it for the call, then put back, so the service dates the record
 * as it would have on that day.
 * <p>
 * One thing the services cannot write: a status as of one day but recorded on another (an import
 * of last month's register, or a read model test that wants every fact recorded before its refresh).
 * {@link #factRecordedOn} writes that row itself, the one statement here.
 */
@Component
public class TestHouseholds {

    private static final AtomicLong NAMES = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Households households;
    private final Assignments onePlusTen;
    private final TestStaff staff;
    private final JdbcClient jdbc;

    TestHouseholds(Households households, Assignments onePlusTen, TestStaff staff, JdbcClient jdbc) {
        this.households = households;
        this.onePlusTen = onePlusTen;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    /** A household of the village added at {@code added}, last visited on {@code lastVisit} (null: never); its id. */
    public long household(long villageId, String code, LocalDateTime added, LocalDate lastVisit) {
        return TestDatabase.CLOCK.at(added, () -> staff.as("admin", () -> {
            long id = households.addHousehold(villageId, new HouseholdDetails(code, null, null, null));
            if (lastVisit != null) {
                households.visited(id, lastVisit);
            }
            return id;
        }));
    }

    /** A member of the household (an adult or a child, no birth year), added at {@code added}, with a name of their own; their id. */
    public long member(long householdId, boolean adult, LocalDateTime added) {
        MemberDetails details = new MemberDetails("Người " + letters(NAMES.incrementAndGet()), null, adult, null, null);
        return TestDatabase.CLOCK.at(added, () -> staff.as("admin", () -> households.addMember(householdId, details)));
    }

    /** A status set by hand at {@code at}, as the member's form does: as of that day, recorded then. */
    public void fact(long memberId, Fact fact, int value, LocalDateTime at) {
        TestDatabase.CLOCK.at(at, () -> staff.as("admin", () -> {
            households.setFact(memberId, fact, value);
            return null;
        }));
    }

    /**
     * A status as of {@code asOf} recorded at {@code recorded}, which no service writes (the form records
     * as of the day it is used), so the one statement of these fixtures: as a volunteer's, by nobody.
     */
    public void factRecordedOn(long memberId, Fact fact, int value, LocalDate asOf, LocalDateTime recorded) {
        jdbc.sql("""
                        INSERT INTO member_fact (member_id, kind, value, as_of, source, recorded_at)
                        VALUES (:m, :k, :v, :d, 'VOLUNTEER', :at)""")
                .param("m", memberId).param("k", fact.name()).param("v", value).param("d", asOf).param("at", recorded).update();
    }

    /**
     * The household given to a member of its village's team on {@code from} and, when {@code to} is
     * not null, taken back on {@code to}, as the 1+10 screen does on those days.
     */
    public void assign(long householdId, long lookerId, LocalDate from, LocalDate to) {
        TestDatabase.CLOCK.at(from.atTime(8, 0), () -> staff.as("admin", () -> onePlusTen.assign(List.of(householdId), lookerId)));
        if (to != null) {
            TestDatabase.CLOCK.at(to.atTime(8, 0), () -> staff.as("admin", () -> {
                onePlusTen.release(List.of(householdId));
                return null;
            }));
        }
    }

    /** A name of letters only (a member's name has no digits), different for each number: 0 → "A Văn", 27 → "Bb Văn". */
    static String letters(long n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + " Văn";
    }
}
