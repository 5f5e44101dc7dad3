package vn.tramso.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import vn.tramso.IntegrationTest;
import vn.tramso.base.Hashes;
import vn.tramso.place.TestKiosks;

/**
 * Figures for docs/benchmarks.md, printed, never asserted against a target: start-up time of the
 * demo run, and live heap per idle kiosk UI. Run with {@code ./mvnw -Pbenchmark test}.
 */
@Tag("benchmark")
@IntegrationTest
class KioskBenchmark {

    private static final String KIOSK_STEP = "kiosk/tra-phuong/guide/vneid-muc-2/3";

    @LocalServerPort
    int port;
    /** The last answer that rendered the step. */
    private String rendered = "";
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestKiosks kiosks;

    /**
     * Starts the app as the README's run command does (demo profile, embedded MariaDB) in a child
     * JVM, three times: on an empty data folder, then twice on the kept data.
     */
    @Test
    void startup_time_of_the_demo_run() throws Exception {
        Path data = Paths.get("target", "benchmark-db");
        FileSystemUtils.deleteRecursively(data);
        List<String> rows = new ArrayList<>();
        for (String run : List.of("fresh database", "kept data", "kept data")) {
            double[] seconds = startOnce(data);
            rows.add(String.format("%-16s started in %5.2f s (JVM up %5.2f s)", run, seconds[0], seconds[1]));
        }
        System.out.println("\n=== Start-up, demo profile, embedded MariaDB, " + javaVersion() + " ===");
        rows.forEach(System.out::println);
    }

    private double[] startOnce(Path data) throws Exception {
        try (ChildApp app = ChildApp.fromClassPath("--spring.profiles.active=demo", "--server.port=0",
                "--tramso.embedded-db.dir=" + data.resolve("mariadb"))) {
            return app.started;
        }
    }

    /**
     * Opens many kiosk sessions the way a browser does (see {@link #openSessions}), each with its
     * own HTTP session, and leaves them idle. Live heap is read after full GCs before
     * and after; the growth divided by the session count is the cost of one idle kiosk UI.
     */
    @Test
    void live_heap_per_idle_kiosk_ui() throws Exception {
        String base = "http://localhost:" + port;
        String device = kiosks.enrol("tra-phuong").token();
        measureHeap("development mode, in the test JVM", count -> openSessions(base, device, count, true),
                BrowserlessClient::liveHeap);
    }

    /**
     * The same measurement on the production jar ({@code ./mvnw -Pproduction -DskipTests package}
     * first), in its own JVM on a database of its own on the MariaDB service; its live heap is read
     * with jcmd after full GCs. Skipped when the jar or the service is missing. Also prints the
     * classes whose live bytes grew most per session (jcmd's class histogram), to show what a UI holds.
     */
    @Test
    void live_heap_per_idle_kiosk_ui_production_jar() throws Exception {
        onProductionJar(List.of(), (app, device) -> {
            String base = "http://localhost:" + app.port;
            measureHeap("production jar, its own JVM, no reply after drawing", count -> openSessions(base, device, count, false),
                    app::liveHeap);
            Map<String, Long> before = app.classHistogram();
            measureHeap("production jar, its own JVM", count -> openSessions(base, device, count, true), app::liveHeap);
            ChildApp.printGrowth(before, app.classHistogram(), 200 + 1000 + 3000);
        });
    }

    /**
     * 10,000 idle kiosk UIs on one node: the production jar with a 2 GB heap ({@code -Xmx2g}), opened
     * 1,000 at a time, the live heap read after each thousand. It held if every session rendered its
     * step and the JVM still runs with its live heap under the 2 GB.
     */
    @Test
    void ten_thousand_idle_kiosk_uis_in_a_2_gb_heap_production_jar() throws Exception {
        onProductionJar(List.of("-Xmx2g"), (app, device) -> {
            String base = "http://localhost:" + app.port;
            openSessions(base, device, 200, true); // warm-up: classes, caches, JIT
            long before = app.liveHeap();
            System.out.println("\n=== 10,000 idle kiosk UIs (" + KIOSK_STEP + "), production jar with -Xmx2g ===");
            System.out.printf("%6d sessions: live heap %7.1f MB%n", 0, before / 1e6);
            long started = System.nanoTime();
            int opened = 0;
            String failure = null;
            long heap = before;
            while (opened < 10_000 && failure == null) {
                try {
                    opened += openSessions(base, device, 1000, true).size();
                    heap = app.liveHeap();
                    System.out.printf("%6d sessions: live heap %7.1f MB, %5.1f KB per idle kiosk UI, %5.0f s so far%n", opened,
                            heap / 1e6, (heap - before) / 1024.0 / opened, (System.nanoTime() - started) / 1e9);
                } catch (Exception e) {
                    failure = e.toString();
                }
            }
            boolean held = failure == null && app.alive() && heap < 2L * 1024 * 1024 * 1024;
            System.out.printf("held: %s (%d sessions opened in %.0f s, JVM %s%s)%n", held ? "yes" : "NO", opened,
                    (System.nanoTime() - started) / 1e9, app.alive() ? "running" : "gone", failure == null ? "" : ", " + failure);
            assertThat(held).as("10,000 idle kiosk screens on one node with a 2 GB heap").isTrue();
        });
    }

    private interface OnJar {
        void run(ChildApp app, String device) throws Exception;
    }

    /** Runs {@code body} against the production jar (JVM {@code options}) on a database of its own, with an enrolled kiosk browser. */
    private void onProductionJar(List<String> options, OnJar body) throws Exception {
        Optional<Path> jar = ChildApp.productionJar();
        assumeTrue(jar.isPresent(), "no runnable jar in target/ (./mvnw -Pproduction -DskipTests package)");
        assumeTrue(jdbc.sql("SELECT DATABASE()").query(String.class).single().equals("test"), "not on the MariaDB service");
        jdbc.sql("DROP DATABASE IF EXISTS tramso_benchmark").update();
        jdbc.sql("CREATE DATABASE tramso_benchmark CHARACTER SET utf8mb4").update();
        try (ChildApp app = ChildApp.fromJar(jar.get(), Map.of("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:3306/tramso_benchmark",
                "SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", ""), options.toArray(String[]::new))) {
            body.run(app, enrolInBenchmarkDatabase());
        } finally {
            jdbc.sql("DROP DATABASE IF EXISTS tramso_benchmark").update();
        }
    }

    private void measureHeap(String where, Sessions sessions, LiveHeap heap) throws Exception {
        sessions.open(200); // warm-up: classes, caches, JIT
        System.out.println("\n=== Live heap per idle kiosk UI (" + KIOSK_STEP + "), " + where + ", " + javaVersion() + " ===");
        Path answer = Paths.get("target", "kiosk-step-answer.json");
        Files.writeString(answer, rendered);
        System.out.println("the answer that renders the step: " + rendered.length() + " characters (" + answer + ")");
        for (int count : List.of(1000, 3000)) {
            long before = heap.bytes();
            long started = System.nanoTime();
            List<String> opened = sessions.open(count);
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long after = heap.bytes();
            assertThat(opened).doesNotHaveDuplicates().hasSize(count);
            System.out.printf("%5d sessions: live heap %6.1f MB -> %6.1f MB, %6.1f KB per idle kiosk UI; %4.1f ms per session opened%n",
                    count, before / 1e6, after / 1e6, (after - before) / 1024.0 / count, (double) elapsedMs / count);
        }
    }

    private interface Sessions {
        List<String> open(int count) throws Exception;
    }


    /**
     * Kiosk visits as the browser makes them (see {@link BrowserlessClient}), each in a session of its own, left idle; with
     * {@code reply}, including the browser's reply once it has run the screen's JavaScript ({@link BrowserlessClient#openAndReply}).
     */
    private List<String> openSessions(String base, String device, int count, boolean reply) throws IOException, InterruptedException {
        BrowserlessClient client = new BrowserlessClient(base);
        List<String> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String cookie = client.startSession("/" + KIOSK_STEP, "tramso_kiosk=" + device);
            rendered = reply ? client.openAndReply(KIOSK_STEP, "", cookie, "step-counter")
                    : client.open(KIOSK_STEP, "", cookie, "step-counter");
            sessions.add(cookie);
        }
        return sessions;
    }

    /** The production jar's empty database gets the place and kiosk of tra-phuong and one enrolled browser. */
    private String enrolInBenchmarkDatabase() {
        String token = Hashes.randomToken(32);
        for (String sql : List.of(
                "INSERT INTO tramso_benchmark.province (code, name) VALUES ('HY', 'Tỉnh Hưng Yên')",
                "INSERT INTO tramso_benchmark.commune (province_id, code, name, kind) SELECT id, 'HY-HQ', 'Xã Hồng Quang', 'XA' FROM tramso_benchmark.province",
                "INSERT INTO tramso_benchmark.village (commune_id, code, name, kind, cultural_house_name) SELECT id, 'HY-HQ-TRA-PHUONG', 'Thôn Trà Phương', 'THON', 'Nhà văn hóa thôn Trà Phương' FROM tramso_benchmark.commune",
                "INSERT INTO tramso_benchmark.kiosk (code, village_id) SELECT 'tra-phuong', id FROM tramso_benchmark.village",
                "INSERT INTO tramso_benchmark.kiosk_device (kiosk_id, token_hash, enrolled_via, enrolled_at) SELECT id, '"
                        + Hashes.sha256(token) + "', 'CODE', NOW() FROM tramso_benchmark.kiosk")) {
            jdbc.sql(sql).update();
        }
        return token;
    }

    private static String javaVersion() {
        return "Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }
}
