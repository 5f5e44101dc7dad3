package vn.tramso.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestAccounts;
import vn.tramso.TestDatabase;
import vn.tramso.TestPlaces;
import vn.tramso.TestStaff;
import vn.tramso.adoption.Adoption;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Period;
import vn.tramso.adoption.Report;
import vn.tramso.place.PlaceLevel;

/**
 * A small fixed set of visits on the guide "dvc-tra-cuu" (4 steps) in a commune of its own, and the
 * summaries, funnel and indicators worked out by hand (see the comments at each visit and each figure).
 */
@IntegrationTest
class UsageSummariesTest {

    private static final String GUIDE = "dvc-tra-cuu";
    private static final LocalDate DEC_3 = LocalDate.of(2026, 12, 3);
    private static final LocalDate DEC_4 = LocalDate.of(2026, 12, 4);

    @Autowired
    KioskUsage usage;
    @Autowired
    UsageSummaries summaries;
    @Autowired
    Funnels funnels;
    @Autowired
    UsageFigures figures;
    @Autowired
    Adoption adoption;
    @Autowired
    TestPlaces places;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    private long commune;
    private long villageA;
    private long villageB;
    private String leader;
    private String otherLeader;

    @BeforeEach
    void aCommuneWithTwoKioskVillages() {
        String code = "TU" + System.nanoTime() % 1_000_000_000L;
        commune = places.commune(code, "Xã " + code);
        villageA = places.village(commune, code + "-A", "Thôn A " + code, "Nhà văn hoá A").id();
        villageB = places.village(commune, code + "-B", "Thôn B " + code, "Nhà văn hoá B").id();
        leader = code.toLowerCase();
        accounts.leader(leader, "Lãnh đạo thử", commune);
        long otherCommune = places.commune(code + "X", "Xã khác " + code);
        otherLeader = leader + "x";
        accounts.leader(otherLeader, "Lãnh đạo xã khác", otherCommune);
        jdbc.sql("DELETE FROM usage_refresh").update(); // the next refresh reads every kept day, whatever ran before

        // Village A, 3 December.
        visit(villageA, DEC_3, e -> { // v1: the whole guide, Done on step 4
            e.add(UsageKind.VISIT_STARTED, null);
            e.add(UsageKind.GUIDE_OPENED, 1);
            e.steps(1, 2, 3, 4);
            e.add(UsageKind.QR_SHOWN, 1);
            e.add(UsageKind.GUIDE_FINISHED, 4);
        });
        visit(villageA, DEC_3, e -> { // v2: steps 1, 2, back and to 2 again; help on 2; left on 2
            e.add(UsageKind.GUIDE_OPENED, 1);
            e.steps(1, 2, 1, 2);
            e.add(UsageKind.HELP_ASKED, 2);
            e.add(UsageKind.ABANDONED, 2);
        });
        visit(villageA, DEC_3, e -> { // v3: step 1, listened to it, left there
            e.add(UsageKind.GUIDE_OPENED, 1);
            e.steps(1);
            e.add(UsageKind.LISTEN_PLAYED, 1);
            e.add(UsageKind.ABANDONED, 1);
        });
        visit(villageA, DEC_3, e -> { // v4: the home screen only, left there
            e.add(UsageKind.VISIT_STARTED, null);
            e.addOutside(UsageKind.ABANDONED);
        });
        // Village B, 3 December: v5, help on step 3, then through to Done (tapped twice: once counts).
        visit(villageB, DEC_3, e -> {
            e.add(UsageKind.GUIDE_OPENED, 1);
            e.steps(1, 2, 3);
            e.add(UsageKind.HELP_ASKED, 3);
            e.steps(4);
            e.add(UsageKind.GUIDE_FINISHED, 4);
            e.add(UsageKind.GUIDE_FINISHED, 4);
        });
        // Village A, 4 December: v6, the whole guide.
        visit(villageA, DEC_4, e -> {
            e.add(UsageKind.GUIDE_OPENED, 1);
            e.steps(1, 2, 3, 4);
            e.add(UsageKind.GUIDE_FINISHED, 4);
        });
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 5, 9, 0));
        summaries.refresh();
    }

    @Test
    void each_village_day_counts_its_visits_once_and_each_visits_guide_finished_once() {
        // A on 3 Dec: v1-v4 = 4 visits, v1 finished = 1; B on 3 Dec: v5 = 1 and 1 (Done twice); A on 4 Dec: v6 = 1 and 1.
        assertThat(day(villageA, DEC_3)).containsExactly(4L, 1L);
        assertThat(day(villageB, DEC_3)).containsExactly(1L, 1L);
        assertThat(day(villageA, DEC_4)).containsExactly(1L, 1L);
        LocalDate dec = LocalDate.of(2026, 12, 1);
        assertThat(figures.of(PlaceLevel.COMMUNE, commune, dec, dec.plusMonths(1))).isEqualTo(new UsageFigures.Visits(6, 3));
        assertThat(figures.of(PlaceLevel.VILLAGE, villageA, dec, dec.plusMonths(1))).isEqualTo(new UsageFigures.Visits(5, 2));
        assertThat(figures.of(PlaceLevel.COMMUNE, commune, DEC_4, DEC_4.plusDays(1))).isEqualTo(new UsageFigures.Visits(1, 1));
    }

    @Test
    void the_commune_funnel_counts_visits_per_step_and_names_the_step_where_most_are_stuck() {
        Funnels.Usage u = staff.as(leader, () -> funnels.of(PlaceLevel.COMMUNE, commune, DEC_3, DEC_4.plusDays(1)));
        assertThat(u.visits()).isEqualTo(new UsageFigures.Visits(6, 3));
        Funnel f = u.funnels().stream().filter(x -> x.guide().equals(GUIDE)).findFirst().orElseThrow();
        assertThat(f.opened()).as("v1, v2, v3, v5, v6").isEqualTo(5);
        assertThat(f.finished()).as("v1, v5, v6").isEqualTo(3);
        // step: reached, went no further (reached - next reached; step 4: - finished), help, left, listened, QR
        assertThat(f.steps()).containsExactly(
                new Funnel.Step(1, 5, 1, 0, 1, 1, 1),  // 5 reached, 4 reached step 2; v3 left here and listened; v1's QR
                new Funnel.Step(2, 4, 1, 1, 1, 0, 0),  // v2 twice counts once; v2 asked help and was left here
                new Funnel.Step(3, 3, 0, 1, 0, 0, 0),  // v5 asked help but went on
                new Funnel.Step(4, 3, 0, 0, 0, 0, 0)); // all 3 who reached it finished
        assertThat(f.worstStep()).as("stuck: step 1 = 1 + 0, step 2 = 1 + 1, step 3 = 0 + 1").isEqualTo(2);
        assertThat(f.title().in(java.util.Locale.of("vi"))).isNotBlank();

        Funnel b = staff.as(leader, () -> funnels.of(PlaceLevel.VILLAGE, villageB, DEC_3, DEC_4.plusDays(1))).funnels().getFirst();
        assertThat(b.steps()).extracting(Funnel.Step::reached).containsExactly(1L, 1L, 1L, 1L);
        assertThat(b.worstStep()).as("only v5's help on step 3").isEqualTo(3);
    }

    @Test
    void kiosk_visits_and_guides_finished_are_indicators_of_the_dashboard_and_the_report() {
        Period december = Period.of(Period.Kind.MONTH, DEC_3);
        var overview = staff.as(leader, () -> adoption.overview(adoption.area(PlaceLevel.COMMUNE, commune), december));
        assertThat(Indicator.KIOSK_VISITS.of(overview.figures()).value()).isEqualTo(6.0);
        assertThat(Indicator.GUIDES_FINISHED.of(overview.figures()).value()).isEqualTo(3.0);
        assertThat(overview.children()).filteredOn(c -> c.area().id() == villageA).singleElement()
                .satisfies(c -> assertThat(c.figures().kioskVisits()).isEqualTo(5));
        assertThat(overview.trend().get(LocalDate.of(2026, 12, 1)).guidesFinished()).isEqualTo(3);
        Report report = staff.as(leader, () -> adoption.report(new Area(PlaceLevel.COMMUNE, commune, "", null), december));
        assertThat(report.rows()).extracting(r -> r.figures().kioskVisits()).containsExactlyInAnyOrder(5L, 1L);
        assertThat(report.total().guidesFinished()).isEqualTo(3);
    }

    @Test
    void a_leader_of_another_commune_sees_nothing_of_it() {
        assertThatThrownBy(() -> staff.as(otherLeader, () -> funnels.of(PlaceLevel.COMMUNE, commune, DEC_3, DEC_4)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.as(otherLeader, () -> funnels.of(PlaceLevel.VILLAGE, villageA, DEC_3, DEC_4)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as(otherLeader, funnels::places)).noneMatch(p -> p.id() == commune || p.id() == villageA);
        assertThat(staff.as(leader, funnels::places)).extracting(Funnels.PlaceChoice::id).containsExactly(commune, villageA, villageB);
    }

    @Test
    void events_sent_late_rebuild_their_day_at_the_next_refresh() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 5, 9, 5)); // an offline kiosk's visit of 3 Dec, sent on 5 Dec
        usage.accept("tra-phuong", villageB, List.of(new KioskUsage.Sent(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                "guide-opened", GUIDE, 1, "2026-12-03T02:00:00Z")));
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 5, 9, 10));
        summaries.refresh();
        assertThat(day(villageB, DEC_3)).containsExactly(2L, 1L);
    }

    @Test
    void raw_events_are_deleted_after_sixty_days_and_their_daily_counts_stay() {
        LocalDate oct1 = LocalDate.of(2026, 10, 1);
        visit(villageA, oct1, e -> e.add(UsageKind.VISIT_STARTED, null));
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 1, 9, 0));
        jdbc.sql("DELETE FROM usage_refresh").update();
        summaries.refresh();
        assertThat(day(villageA, oct1)).containsExactly(1L, 0L);

        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 11, 30, 9, 0)); // 60 days after 1 Oct: kept
        summaries.purge();
        assertThat(rawOn(villageA, oct1)).isEqualTo(1);
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 1, 9, 0)); // 61 days: gone
        summaries.purge();
        assertThat(rawOn(villageA, oct1)).isZero();
        assertThat(rawOn(villageA, DEC_3)).as("younger ones stay").isPositive();
        summaries.refresh();
        assertThat(day(villageA, oct1)).as("the day's counts outlive its raw events").containsExactly(1L, 0L);
    }

    /** The events of one visit, at 08:00 and a second apart, stored as a live kiosk would. */
    private void visit(long village, LocalDate day, java.util.function.Consumer<Events> events) {
        Events e = new Events();
        events.accept(e);
        UUID visit = UUID.randomUUID();
        LocalDateTime at = day.atTime(8, 0);
        for (Object[] event : e.list) {
            TestDatabase.CLOCK.set(at);
            usage.record("tra-phuong", village, visit, (UsageKind) event[0], event[1] == null ? null : GUIDE, (Integer) event[1]);
            at = at.plusSeconds(1);
        }
    }

    private static final class Events {
        final List<Object[]> list = new ArrayList<>();

        void add(UsageKind kind, Integer step) {
            list.add(new Object[] {kind, step});
        }

        void addOutside(UsageKind kind) {
            list.add(new Object[] {kind, null});
        }

        void steps(int... steps) {
            for (int s : steps) {
                add(UsageKind.STEP_REACHED, s);
            }
        }
    }

    private List<Long> day(long village, LocalDate day) {
        return jdbc.sql("SELECT visits, guides_finished FROM usage_day WHERE village_id = :v AND day = :d").param("v", village)
                .param("d", day).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).optional().orElse(List.of());
    }

    private long rawOn(long village, LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM usage_event WHERE village_id = :v AND DATE(at) = :d").param("v", village)
                .param("d", day).query(Long.class).single();
    }
}
