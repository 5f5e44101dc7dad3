package vn.tramso.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestAccounts;
import vn.tramso.TestDatabase;
import vn.tramso.TestHouseholds;
import vn.tramso.TestPlaces;
import vn.tramso.TestStaff;
import vn.tramso.household.Fact;
import vn.tramso.place.PlaceLevel;

/**
 * A village's stocks at each month's end, worked out by hand from a history of five months: VNeID
 * levels raised, corrected down and recorded twice on one day, a fact older than the member's
 * record, a skill withdrawn and given back, two members holding the five skills in one household,
 * an assignment ended and another begun, a visit and a help session, and a fact dated after today.
 * Today is 20/12/2026, so December's figures are those of today.
 */
@IntegrationTest
class StocksTest {

    private static final List<String> SKILLS = List.of("SKILL_PUBLIC_SERVICES", "SKILL_SHOP_ONLINE", "SKILL_PAY_ONLINE",
            "SKILL_SAFE_ONLINE", "SKILL_LOCAL_PLATFORMS");
    private static final LocalDate AUG = LocalDate.of(2026, 8, 1);
    private static final LocalDate SEP = LocalDate.of(2026, 9, 1);
    private static final LocalDate OCT = LocalDate.of(2026, 10, 1);
    private static final LocalDate NOV = LocalDate.of(2026, 11, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 1);

    @Autowired
    Adoption adoption;
    @Autowired
    SummaryRefresh refresh;
    @Autowired
    TestStaff staff;
    @Autowired
    TestPlaces places;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestHouseholds households;
    @Autowired
    JdbcClient jdbc;

    private long village;
    private long memberE;
    private long childInK3;

    @BeforeEach
    void aVillageWithFiveMonthsOfRecords() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 20, 10, 0));
        String code = "ST" + System.nanoTime() % 1_000_000_000L;
        String villageCode = code + "-D";
        village = places.village(places.commune(code, "Xã " + code), villageCode, "Thôn " + villageCode, "Nhà văn hóa " + villageCode).id();
        long volunteer = accounts.volunteer(code.toLowerCase() + ".tnv", "Tình nguyện viên thử", village); // 1+10: of the village's team

        long k1 = household("K1", "2026-08-10", null);
        long k2 = household("K2", "2026-09-15", "2026-11-02");
        long k3 = household("K3", "2026-10-05", null);
        long a = member(k1, true, "2026-08-10");
        long b = member(k1, true, "2026-09-01");
        long c = member(k2, false, "2026-09-15");
        long d = member(k2, true, "2026-09-15");
        memberE = member(k2, true, "2026-09-15");
        childInK3 = member(k3, false, "2026-10-05");

        fact(a, "VNEID", 1, "2026-08-20");
        fact(a, "VNEID", 2, "2026-10-03");
        fact(a, "VNEID", 1, "2026-11-30"); // corrected down on November's last day
        fact(a, "VNEID", 0, "2026-12-05");
        fact(a, "VNEID", 2, "2026-12-05"); // the same day, recorded after: this one holds
        fact(a, "VNEID", 0, "2026-12-28"); // dated after today: not yet
        fact(b, "VNEID", 2, "2026-08-25"); // before b's record (01/09): counts from September
        fact(c, "VNEID", 2, "2026-09-20"); // a child: never among the adults
        SKILLS.forEach(s -> fact(d, s, 1, "2026-09-10"));
        fact(d, "SKILL_SAFE_ONLINE", 0, "2026-10-15");
        fact(d, "SKILL_SAFE_ONLINE", 1, "2026-11-10");
        SKILLS.forEach(s -> fact(memberE, s, 1, "2026-11-20"));

        assign(k1, volunteer, "2026-08-15", "2026-09-10");
        assign(k1, volunteer, "2026-10-20", null);
        assign(k2, volunteer, "2026-09-20", "2026-09-25"); // never open at a month's end
        assign(k3, volunteer, "2026-12-01", null);
        session(a, "2026-10-12 09:00:00");
        refresh.rebuild();
    }

    @Test
    void each_months_stocks_are_those_of_its_last_day() {
        Map<LocalDate, Figures> trend = december().trend();

        // adults: a; then a, b, d, e (c is a child)
        assertThat(measures(trend, Indicator.VNEID_LEVEL_1)).containsExactly(
                new Measure(1, 1, 100), new Measure(2, 4, 100), new Measure(2, 4, 100), new Measure(2, 4, 100), new Measure(2, 4, 100));
        assertThat(numerators(trend, Indicator.VNEID_LEVEL_2)).as("b from Sep; a in Oct, down on 30/11, up again on 05/12")
                .containsExactly(0L, 1L, 2L, 1L, 2L);
        assertThat(measures(trend, Indicator.DIGITAL_HOUSEHOLDS)).as("K2 through d, not while d's skill was withdrawn, then d and e")
                .containsExactly(new Measure(0, 1, 100), new Measure(1, 2, 100), new Measure(0, 3, 100), new Measure(1, 3, 100),
                        new Measure(1, 3, 100));
        assertThat(numerators(trend, Indicator.HOUSEHOLDS_REACHED)).as("K1 by a's session in Oct, K2 by the visit of 02/11")
                .containsExactly(0L, 0L, 1L, 2L, 2L);
        assertThat(numerators(trend, Indicator.ONE_PLUS_TEN)).as("K1 but not in Sep; K3 from Dec; K2 never at a month's end")
                .containsExactly(1L, 0L, 1L, 1L, 2L);
    }

    @Test
    void the_refresh_takes_a_fact_recorded_and_a_first_session_logged_today_into_this_month_only() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 20, 10, 5));
        households.fact(memberE, Fact.VNEID, 2, LocalDateTime.of(2026, 12, 20, 10, 1));
        refresh.refresh();

        Map<LocalDate, Figures> trend = december().trend();
        assertThat(numerators(trend, Indicator.VNEID_LEVEL_2)).containsExactly(0L, 1L, 2L, 1L, 3L);
        assertThat(numerators(trend, Indicator.VNEID_LEVEL_1)).containsExactly(1L, 2L, 2L, 2L, 3L);

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 20, 10, 10));
        session(childInK3, "2026-12-20 10:08:00");
        refresh.refresh();
        assertThat(numerators(december().trend(), Indicator.HOUSEHOLDS_REACHED)).as("K3 by its first help session, today")
                .containsExactly(0L, 0L, 1L, 2L, 3L);
    }

    private Overview december() {
        return staff.as("admin", () -> adoption.overview(adoption.area(PlaceLevel.VILLAGE, village), Period.of(Period.Kind.MONTH, DEC)));
    }

    private static List<Measure> measures(Map<LocalDate, Figures> trend, Indicator indicator) {
        return List.of(AUG, SEP, OCT, NOV, DEC).stream().map(m -> indicator.of(trend.get(m))).toList();
    }

    private static List<Long> numerators(Map<LocalDate, Figures> trend, Indicator indicator) {
        return measures(trend, indicator).stream().map(Measure::numerator).toList();
    }

    private void session(long member, String at) {
        LocalDateTime start = LocalDateTime.parse(at.replace(' ', 'T'));
        jdbc.sql("""
                        INSERT INTO help_session (village_id, volunteer_id, started_at, minutes, place, autonomy, first_visit, member_id,
                                                  head_count, created_at, updated_at)
                        VALUES (:v, (SELECT id FROM user_account WHERE username = 'tnv.traphuong'), :at, 20, 'HOME', 'WITH_HELP', TRUE,
                                :m, 1, :at, :at)""")
                .param("v", village).param("at", start).param("m", member).update();
    }

    private long household(String code, String created, String lastVisit) {
        LocalDate visit = lastVisit == null ? null : LocalDate.parse(lastVisit);
        return households.household(village, code, LocalDate.parse(created).atTime(8, 0), visit);
    }

    private long member(long household, boolean adult, String created) {
        return households.member(household, adult, LocalDate.parse(created).atTime(8, 0));
    }

    /** A fact recorded before today's refreshes. */
    private void fact(long member, String kind, int value, String asOf) {
        households.factRecordedOn(member, Fact.valueOf(kind), value, LocalDate.parse(asOf), LocalDateTime.of(2026, 12, 1, 8, 0));
    }

    private void assign(long household, long volunteer, String from, String to) {
        households.assign(household, volunteer, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }
}
