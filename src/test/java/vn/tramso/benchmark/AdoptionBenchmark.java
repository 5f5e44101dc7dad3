package vn.tramso.benchmark;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestAccounts;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.adoption.Adoption;
import vn.tramso.adoption.Area;
import vn.tramso.adoption.Period;
import vn.tramso.adoption.Report;
import vn.tramso.adoption.ReportFiles;
import vn.tramso.adoption.SummaryRefresh;
import vn.tramso.base.security.Role;
import vn.tramso.place.PlaceLevel;

/**
 * The dashboards at province scale, for docs/benchmarks.md: builds the province of
 * {@link ProvinceGenerator} (timed), builds the summaries, then times the overviews of a commune,
 * the province and a village (p50 and p95 of 50 runs after 5 warm-up runs), the refresh of one busy
 * day for the whole province, and the Excel reports of a commune's quarter and the province's year
 * with the heap's growth while writing them. Set the MariaDB buffer pool first (see the docs).
 */
@Tag("benchmark")
@IntegrationTest
class AdoptionBenchmark {

    static final int WARM_UP = 5;
    static final int RUNS = 50;
    /**
     * {@code -Dbench.dashboards-only=true}: after building the province and its summaries, only the live heap per open
     * dashboard (with {@code -Dbench.scale=0.01} that takes minutes, not the half hour of the full province).
     */
    static final boolean DASHBOARDS_ONLY = Boolean.getBoolean("bench.dashboards-only");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SummaryRefresh refresh;
    @Autowired
    Adoption adoption;
    @Autowired
    TestStaff staff;
    @Autowired
    TestAccounts accounts;
    @LocalServerPort
    int port;

    @Test
    void a_province_of_a_thousand_villages_and_ten_million_sessions() throws Exception {
        // Ten minutes ahead of the real time: the demo data is written at the real time when the app starts, and a watermark
        // within the refresh's two-minute overlap of it would count the demo's days as changed in the busy-day refresh below.
        LocalDate lastDay = LocalDate.now();
        TestDatabase.CLOCK.set(LocalDateTime.now().withNano(0).plusMinutes(10));
        long volunteer = accounts.id("tnv.traphuong");
        System.out.println("Building the province:");
        long t0 = System.nanoTime();
        new ProvinceGenerator(jdbc).generate(lastDay, volunteer);
        System.out.printf("  %-30s %30.1f s%n", "all", (System.nanoTime() - t0) / 1e9);

        long t1 = System.nanoTime();
        refresh.rebuild();
        System.out.printf("Summaries rebuilt from nothing: %.1f s%n", (System.nanoTime() - t1) / 1e9);
        long t2 = System.nanoTime();
        long commune = jdbc.sql("SELECT id FROM commune WHERE code = 'BM-050'").query(Long.class).single();
        if (DASHBOARDS_ONLY) {
            dashboardHeaps(commune);
            return;
        }
        refresh.nightly();
        System.out.printf("Nightly run (60 days, every month's stocks): %.1f s%n", (System.nanoTime() - t2) / 1e9);
        System.out.println("Summary rows: " + jdbc.sql("""
                SELECT CONCAT((SELECT COUNT(*) FROM stat_village_day), ' village-days, ', (SELECT COUNT(*) FROM stat_topic_day),
                              ' topic rows, ', (SELECT COUNT(*) FROM stat_minutes_day), ' minute rows, ',
                              (SELECT COUNT(*) FROM stat_village_month), ' village-months')""").query(String.class).single());

        long province = jdbc.sql("SELECT id FROM province WHERE code = 'BM'").query(Long.class).single();
        long village = jdbc.sql("SELECT id FROM village WHERE code = 'BM-050-05'").query(Long.class).single();
        Period month = Period.of(Period.Kind.MONTH, lastDay);
        Period quarter = Period.of(Period.Kind.QUARTER, lastDay);
        Period year = Period.of(Period.Kind.YEAR, lastDay);
        Area communeArea = staff.as("admin", () -> adoption.area(PlaceLevel.COMMUNE, commune));
        Area provinceArea = staff.as("admin", () -> adoption.area(PlaceLevel.PROVINCE, province));
        Area villageArea = staff.as("admin", () -> adoption.area(PlaceLevel.VILLAGE, village));
        time("commune overview, month", () -> adoption.overview(communeArea, month));
        time("commune overview, year", () -> adoption.overview(communeArea, year));
        time("province overview, month", () -> adoption.overview(provinceArea, month));
        time("province overview, year", () -> adoption.overview(provinceArea, year));
        time("village drill-down, month", () -> adoption.overview(villageArea, month));

        TestDatabase.CLOCK.set(LocalDateTime.now().withNano(0).plusMinutes(15));
        LocalDate busy = lastDay.minusDays(1);
        int touched = jdbc.sql("UPDATE help_session SET updated_at = :now WHERE started_at >= :from AND started_at < :to")
                .param("now", LocalDateTime.now(TestDatabase.CLOCK)).param("from", busy.atStartOfDay())
                .param("to", busy.plusDays(1).atStartOfDay()).update();
        long t3 = System.nanoTime();
        refresh.refresh();
        System.out.printf("Refresh of one busy day for the whole province (%,d sessions changed): %.1f s%n", touched,
                (System.nanoTime() - t3) / 1e9);

        excel("commune-quarter Excel", communeArea, quarter);
        excel("province-year Excel", provinceArea, year);
        dashboardHeaps(commune);
    }

    /**
     * Live heap per open dashboard UI: a leader of the commune signs in through the sign-in form,
     * opens the commune's dashboard (figures, trend, ranking of its villages) and leaves it open; the
     * growth of the live heap over N such sessions, divided by N. In the test JVM (development mode,
     * which keeps where each component was made), then in the production jar on this database when
     * one is built ({@code ./mvnw -Pproduction -DskipTests package}).
     */
    private void dashboardHeaps(long commune) throws Exception {
        accounts.withPassword("lanhdao.bm050", "Lãnh đạo thử tải", Role.LEADER, commune, "bench-password");
        dashboardHeap("development mode, test JVM", "http://localhost:" + port, BrowserlessClient::liveHeap);
        Optional<Path> jar = ChildApp.productionJar();
        if (jar.isEmpty()) {
            System.out.println("Dashboards in the production jar: not measured, no jar in target/");
            return;
        }
        // The schema is this test run's (with the demo data's migration, which the jar does not hold): no migration.
        try (ChildApp app = ChildApp.fromJar(jar.get(), Map.of("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:3306/test",
                "SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", "", "SPRING_FLYWAY_ENABLED", "false"))) {
            dashboardHeap("production jar, own JVM", "http://localhost:" + app.port, app::liveHeap);
            String before = app.histogram();
            Files.writeString(Path.of("target", "dashboards-histogram.txt"), before);
            openDashboards(new BrowserlessClient("http://localhost:" + app.port), 100);
            String after = app.histogram();
            Files.writeString(Path.of("target", "dashboards-histogram-100-more.txt"), after);
            System.out.println("Heap histograms in target/dashboards-histogram*.txt; what 100 more dashboards added, per dashboard:");
            ChildApp.printGrowth(ChildApp.bytesPerClass(before), ChildApp.bytesPerClass(after), 100);
        }
    }

    private static void dashboardHeap(String where, String base, LiveHeap heap) throws Exception {
        BrowserlessClient client = new BrowserlessClient(base);
        openDashboards(client, 20); // warm-up
        for (int count : new int[] {100, 300}) {
            long before = heap.bytes();
            long t = System.nanoTime();
            openDashboards(client, count);
            long took = System.nanoTime() - t;
            long after = heap.bytes();
            System.out.printf("%s, %d open dashboards: live heap %,.1f MB -> %,.1f MB, %,.1f KB per dashboard UI; %.0f ms to sign in "
                    + "and open one%n", where, count, before / 1e6, after / 1e6, (after - before) / 1024.0 / count, took / 1e6 / count);
        }
    }

    private static void openDashboards(BrowserlessClient client, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            client.openAndReply("dashboard", "", client.signIn("lanhdao.bm050", "bench-password"), "children-table");
        }
    }

    private void time(String name, Supplier<?> work) {
        long[] ms = new long[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t = System.nanoTime();
            staff.as("admin", work);
            if (i >= WARM_UP) {
                ms[i - WARM_UP] = (System.nanoTime() - t) / 1_000;
            }
        }
        Arrays.sort(ms);
        System.out.printf("%-30s p50 %6.1f ms   p95 %6.1f ms%n", name, ms[RUNS / 2] / 1000.0, ms[(int) (RUNS * 0.95) - 1] / 1000.0);
    }

    /** Time to build and write the report, and the heap's growth above its level before (sampled every 10 ms). */
    private void excel(String name, Area area, Period period) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Report report = staff.as("admin", () -> adoption.report(area, period));
        ReportFiles.xlsx(report, out);
        long took = System.nanoTime() - t;
        running.set(false);
        sampler.join();
        System.out.printf("%-30s %6.2f s, %,d rows, %,d KB, heap growth at most %,d MB%n", name, took / 1e9, report.rows().size(),
                out.size() / 1024, (peak.get() - before) / (1024 * 1024));
    }
}
