package vn.tramso.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestAccounts;
import vn.tramso.TestDatabase;
import vn.tramso.TestHouseholds;
import vn.tramso.TestPlaces;
import vn.tramso.TestStaff;
import vn.tramso.household.Fact;
import vn.tramso.place.PlaceLevel;

/**
 * The indicators against figures worked out by hand on a small commune of its own: a village with
 * residents, one with none, and one a member moved to; a month with sessions and one without; a
 * target set and one missing. See the fixture below for the records and the comments for the sums.
 */
@IntegrationTest
class IndicatorsTest {

    private static final LocalDateTime OCTOBER_FIRST = LocalDateTime.of(2026, 10, 1, 8, 0);

    @Autowired
    Adoption adoption;
    @Autowired
    Targets targets;
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

    private long commune;
    private long villageA;
    private long villageB;
    private long villageC;
    private String leader;

    @BeforeEach
    void aSmallCommune() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 20, 10, 0));
        String code = "TC" + System.nanoTime() % 1_000_000_000L;
        commune = places.commune(code, "Xã " + code);
        villageA = village(code + "-A");
        villageB = village(code + "-B");
        villageC = village(code + "-C");
        leader = code.toLowerCase();
        accounts.leader(leader, "Lãnh đạo thử", commune);
        long volunteer = accounts.id("tnv.traphuong");
        long looker = accounts.volunteer(leader + ".tnv", "Tình nguyện viên thử", villageA); // 1+10: a member of A's own team

        long h1 = household(villageA, "H1", null);
        long h2 = household(villageA, "H2", LocalDate.of(2026, 11, 20));
        long h3 = household(villageC, "H3", null);
        long m1 = member(h1, true);
        long m2 = member(h1, true);
        member(h1, false); // a child: not among the adults
        long m4 = member(h2, true);
        fact(m1, "VNEID", 2, "2026-12-05");
        fact(m2, "VNEID", 1, "2026-11-10");
        for (String skill : new String[] {"SKILL_PUBLIC_SERVICES", "SKILL_SHOP_ONLINE", "SKILL_PAY_ONLINE", "SKILL_SAFE_ONLINE",
                "SKILL_LOCAL_PLATFORMS"}) {
            fact(m2, skill, 1, "2026-12-01");
        }
        fact(m4, "VNEID", 1, "2026-10-01");
        fact(m4, "VNEID", 2, "2026-12-15");
        households.assign(h1, looker, LocalDate.of(2026, 11, 1), null);

        session(villageA, volunteer, "2026-12-03 09:00", 30, "ALONE", true, 1, m1, null, "VNEID_LEVEL_2:DONE");
        session(villageA, volunteer, "2026-12-10 09:00", 10, "WITH_HELP", false, 1, null, null, "DOSSIER:DONE",
                "PORTAL:COULD_NOT:NO_NETWORK");
        session(villageA, volunteer, "2026-12-11 14:00", 60, "DONE_FOR_THEM", true, 12, null, "Lớp học", "LUADAO:DONE");
        long deleted = session(villageA, volunteer, "2026-12-12 09:00", 45, "ALONE", true, 1, null, null, "LUADAO:DONE");
        jdbc.sql("UPDATE help_session SET deleted_at = '2026-12-12 10:00:00' WHERE id = :id").param("id", deleted).update();
        session(villageA, volunteer, "2026-11-20 09:00", 20, "WITH_HELP", false, 1, m4, null, "VNEID_LEVEL_1:DONE");

        rating(villageA, 5, true, "2026-12-03 10:00");
        rating(villageA, 2, false, "2026-12-10 10:00");
        booking(villageA, "2026-12-03", "DONE", code + "1");
        booking(villageA, "2026-12-04", "NO_SHOW", code + "2");
        jdbc.sql("""
                        INSERT INTO concern (village_id, category, text, source, status, answer, due_at, created_at, answered_at, closed_at)
                        VALUES (:v, 'ROADS_LIGHTING', 'Đèn đường hỏng', 'PHONE', 'CLOSED', 'Đã sửa', '2026-12-12 10:00:00',
                                '2026-12-05 10:00:00', '2026-12-07 10:00:00', '2026-12-08 10:00:00'),
                               (:v, 'OTHER', 'Chưa xong', 'PHONE', 'FORWARDED', NULL, '2026-12-13 10:00:00', '2026-12-06 10:00:00', NULL, NULL)
                        """).param("v", villageA).update();
        // The member moved to a household of village C after the month's sessions: stocks follow the person.
        jdbc.sql("UPDATE household_member SET household_id = :h WHERE id = :m").param("h", h3).param("m", m4).update();
        refresh.rebuild();
    }

    @Test
    void a_communes_month_adds_up_its_villages_before_any_share_is_taken() {
        Overview o = staff.as(leader, () -> adoption.overview(adoption.home(), Period.of(Period.Kind.MONTH, LocalDate.of(2026, 12, 1))));
        Figures f = o.figures();

        assertThat(o.area().level()).isEqualTo(PlaceLevel.COMMUNE);
        // Three sessions (the deleted one not counted): 1 + 1 + 12 people, 13 of them new, 100 minutes.
        assertThat(measure(Indicator.SESSIONS, f)).isEqualTo(new Measure(3, 1, 1));
        assertThat(measure(Indicator.PEOPLE_HELPED, f)).isEqualTo(new Measure(14, 1, 1));
        assertThat(measure(Indicator.NEW_PEOPLE, f)).isEqualTo(new Measure(13, 14, 100));
        assertThat(measure(Indicator.AUTONOMY, f)).isEqualTo(new Measure(1, 3, 100));
        assertThat(measure(Indicator.MEDIAN_MINUTES, f).numerator()).as("median of 10, 30, 60").isEqualTo(30);
        // Four topics, one not done (the portal: no network); one dossier submitted among 14 people.
        assertThat(measure(Indicator.NOT_REACHED, f)).isEqualTo(new Measure(1, 4, 100));
        assertThat(measure(Indicator.DOSSIERS_ONLINE, f)).isEqualTo(new Measure(1, 14, 100));
        assertThat(measure(Indicator.NO_SHOWS, f)).isEqualTo(new Measure(1, 2, 100));
        assertThat(measure(Indicator.SATISFACTION, f).value()).isEqualTo(3.5);
        assertThat(measure(Indicator.DONE_TODAY, f)).isEqualTo(new Measure(1, 2, 100));
        assertThat(measure(Indicator.CONCERNS_ON_TIME, f)).isEqualTo(new Measure(1, 1, 100));
        // Stocks on 20/12: adults M1 (level 2), M2 (level 1), M4 (level 2, now in village C); the child not counted.
        assertThat(measure(Indicator.VNEID_LEVEL_2, f)).isEqualTo(new Measure(2, 3, 100));
        assertThat(measure(Indicator.VNEID_LEVEL_1, f)).isEqualTo(new Measure(3, 3, 100));
        assertThat(measure(Indicator.DIGITAL_HOUSEHOLDS, f)).as("H1 through M2's five skills").isEqualTo(new Measure(1, 3, 100));
        assertThat(measure(Indicator.HOUSEHOLDS_REACHED, f)).isEqualTo(new Measure(3, 3, 100));
        assertThat(measure(Indicator.ONE_PLUS_TEN, f)).isEqualTo(new Measure(1, 3, 100));
        assertThat(measure(Indicator.SILENT_VILLAGES, f)).as("B and C logged nothing").isEqualTo(new Measure(2, 3, 100));

        assertThat(staff.as(leader, () -> adoption.notReached(o.area(), o.period())))
                .containsExactly(new NotReached("PORTAL", "COULD_NOT", "NO_NETWORK", 1));
        assertThat(o.children()).extracting(c -> c.area().id()).containsExactlyInAnyOrder(villageA, villageB, villageC);
        Figures b = child(o, villageB);
        assertThat(measure(Indicator.VNEID_LEVEL_2, b).value()).as("a village with no residents has no share").isNull();
        assertThat(measure(Indicator.SESSIONS, b).numerator()).isZero();
        assertThat(measure(Indicator.VNEID_LEVEL_2, child(o, villageA))).isEqualTo(new Measure(1, 2, 100));
        assertThat(measure(Indicator.VNEID_LEVEL_2, child(o, villageC))).isEqualTo(new Measure(1, 1, 100));
    }

    @Test
    void stocks_take_the_months_end_and_events_sum_over_a_quarter() {
        Overview november = staff.as(leader, () -> adoption.overview(adoption.area(PlaceLevel.VILLAGE, villageA),
                Period.of(Period.Kind.MONTH, LocalDate.of(2026, 11, 1))));
        // On 30/11 in village A: M1 nothing yet, M2 level 1 (M4 is counted in C, where they live now: stocks follow the person).
        assertThat(measure(Indicator.VNEID_LEVEL_1, november.figures())).isEqualTo(new Measure(1, 2, 100));
        assertThat(measure(Indicator.VNEID_LEVEL_2, november.figures())).isEqualTo(new Measure(0, 2, 100));
        assertThat(measure(Indicator.SESSIONS, november.figures()).numerator()).isEqualTo(1);

        Overview quarter = staff.as(leader, () -> adoption.overview(adoption.area(PlaceLevel.COMMUNE, commune),
                Period.of(Period.Kind.QUARTER, LocalDate.of(2026, 12, 1))));
        assertThat(measure(Indicator.SESSIONS, quarter.figures()).numerator()).as("November's and December's").isEqualTo(4);
        assertThat(measure(Indicator.VNEID_LEVEL_2, quarter.figures())).as("the quarter's last month").isEqualTo(new Measure(2, 3, 100));
        assertThat(quarter.trend()).hasSize(12).containsKey(LocalDate.of(2026, 12, 1));
        assertThat(measure(Indicator.SESSIONS, quarter.trend().get(LocalDate.of(2026, 10, 1))).numerator()).as("a month without sessions")
                .isZero();
        assertThat(measure(Indicator.SESSIONS, quarter.trend().get(LocalDate.of(2026, 11, 1))).numerator()).isEqualTo(1);
    }

    @Test
    void a_target_gives_on_track_at_risk_or_behind_and_a_missing_one_none() {
        Area area = staff.as(leader, () -> adoption.area(PlaceLevel.COMMUNE, commune));
        staff.run(leader, () -> targets.set(area, Indicator.VNEID_LEVEL_2, 2026, 80.0));
        staff.run(leader, () -> targets.set(area, Indicator.DONE_TODAY, 2026, 55.0));
        staff.run(leader, () -> targets.set(area, Indicator.NO_SHOWS, 2026, 50.0));
        Overview o = staff.as(leader, () -> adoption.overview(area, Period.of(Period.Kind.MONTH, LocalDate.of(2026, 12, 1))));

        assertThat(o.status(Indicator.VNEID_LEVEL_2)).as("66.7% against 80%").isEqualTo(TargetStatus.BEHIND);
        assertThat(o.status(Indicator.DONE_TODAY)).as("50% against 55%").isEqualTo(TargetStatus.AT_RISK);
        assertThat(o.status(Indicator.NO_SHOWS)).as("lower is better: 50% against at most 50%").isEqualTo(TargetStatus.ON_TRACK);
        assertThat(o.status(Indicator.AUTONOMY)).as("no target set").isNull();
        assertThatThrownBy(() -> staff.run(leader, () -> targets.set(area, Indicator.SESSIONS, 2026, 10.0)))
                .isInstanceOf(TargetRefusedException.class);
        assertThatThrownBy(() -> staff.run(leader, () -> targets.set(area, Indicator.AUTONOMY, 2026, 120.0)))
                .isInstanceOf(TargetRefusedException.class);
        staff.run(leader, () -> targets.set(area, Indicator.DONE_TODAY, 2026, null));
        assertThat(targets.of(PlaceLevel.COMMUNE, commune, 2026)).as("removed").doesNotContainKey(Indicator.DONE_TODAY)
                .containsEntry(Indicator.VNEID_LEVEL_2, 80.0);
        assertThatThrownBy(() -> staff.run("lanhdao.hongquang", () -> targets.set(area, Indicator.AUTONOMY, 2026, 50.0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_leader_gets_nothing_of_another_commune() {
        assertThatThrownBy(() -> staff.as("lanhdao.hongquang", () -> adoption.area(PlaceLevel.COMMUNE, commune)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("lanhdao.hongquang", () -> adoption.area(PlaceLevel.VILLAGE, villageA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as("lanhdao.hongquang", () -> adoption.overview(new Area(PlaceLevel.VILLAGE, villageA, "", null),
                Period.of(Period.Kind.MONTH, LocalDate.of(2026, 12, 1))))).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as(leader, () -> adoption.area(PlaceLevel.VILLAGE, villageA)).parent().parent())
                .as("a leader does not go up to the province").isNull();
        assertThatThrownBy(() -> staff.as(leader, () -> adoption.area(PlaceLevel.PROVINCE, places.demoProvince())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("tinh.hungyen", () -> adoption.area(PlaceLevel.VILLAGE, villageA)).parent().parent())
                .as("the province admin goes up to the province").isNotNull();
    }

    @Test
    void the_refresh_picks_up_a_session_logged_after_the_last_one() {
        long volunteer = accounts.id("tnv.traphuong");
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 20, 10, 5));
        session(villageB, volunteer, "2026-12-20 10:01", 15, "ALONE", true, 1, null, null, "LUADAO:DONE");
        refresh.refresh();
        Overview o = staff.as(leader, () -> adoption.overview(adoption.home(), Period.of(Period.Kind.MONTH, LocalDate.of(2026, 12, 1))));
        assertThat(measure(Indicator.SESSIONS, child(o, villageB)).numerator()).isEqualTo(1);
        assertThat(measure(Indicator.SILENT_VILLAGES, o.figures())).isEqualTo(new Measure(1, 3, 100));
        assertThat(o.dataAsOf()).isEqualTo(LocalDateTime.of(2026, 12, 20, 10, 5));
        assertThat(measure(Indicator.AUTONOMY, o.figures()).value()).isCloseTo(50.0, within(0.001));
    }

    private static Measure measure(Indicator indicator, Figures f) {
        return indicator.of(f);
    }

    private static Figures child(Overview o, long village) {
        return o.children().stream().filter(c -> c.area().id() == village).findFirst().orElseThrow().figures();
    }

    private long village(String code) {
        return places.village(commune, code, "Thôn " + code, "Nhà văn hóa " + code).id();
    }

    private long household(long village, String code, LocalDate lastVisit) {
        return households.household(village, code, OCTOBER_FIRST, lastVisit);
    }

    private long member(long household, boolean adult) {
        return households.member(household, adult, OCTOBER_FIRST);
    }

    /** Set by hand on its day, at midnight. */
    private void fact(long member, String kind, int value, String asOf) {
        households.fact(member, Fact.valueOf(kind), value, LocalDate.parse(asOf).atStartOfDay());
    }

    /** A session with topics written "TOPIC:OUTCOME" or "TOPIC:OUTCOME:REASON". */
    private long session(long village, long volunteer, String at, int minutes, String autonomy, boolean first, int heads, Long member,
                         String group, String... topics) {
        LocalDateTime start = LocalDateTime.parse(at.replace(' ', 'T'));
        long id = jdbc.sql("""
                        INSERT INTO help_session (village_id, volunteer_id, started_at, minutes, place, autonomy, first_visit, member_id,
                                                  group_title, head_count, created_at, updated_at)
                        VALUES (:v, :u, :at, :min, 'CULTURAL_HOUSE', :aut, :first, :m, :g, :heads, :at, :now) RETURNING id""")
                .param("v", village).param("u", volunteer).param("at", start).param("min", minutes).param("aut", autonomy)
                .param("first", first).param("m", member).param("g", group).param("heads", heads)
                .param("now", LocalDateTime.now(TestDatabase.CLOCK)).query(Long.class).single();
        for (String t : topics) {
            String[] p = t.split(":");
            jdbc.sql("INSERT INTO help_session_topic (session_id, topic, outcome, reason) VALUES (:s, :t, :o, :r)")
                    .param("s", id).param("t", p[0]).param("o", p[1]).param("r", p.length > 2 ? p[2] : null).update();
        }
        return id;
    }

    private void rating(long village, int score, boolean done, String at) {
        jdbc.sql("INSERT INTO rating (village_id, channel, done_today, score, created_at) VALUES (:v, 'KIOSK', :d, :s, :at)")
                .param("v", village).param("d", done).param("s", score).param("at", LocalDateTime.parse(at.replace(' ', 'T'))).update();
    }

    private void booking(long village, String day, String state, String key) {
        jdbc.sql("""
                        INSERT INTO booking (code, idempotency_key, village_id, kind, service_date, ticket_number, topic, resident_name,
                                             channel, state, created_at)
                        VALUES (LPAD(FLOOR(RAND() * 100000000), 8, '0'), :key, :v, 'WALK_IN', :day, FLOOR(RAND() * 1000000), 'luadao',
                                'Người thử', 'DESK', :state, :day)""")
                .param("key", key).param("v", village).param("day", LocalDate.parse(day)).param("state", state).update();
    }
}
