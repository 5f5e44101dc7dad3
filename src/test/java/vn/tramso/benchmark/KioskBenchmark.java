package vn.tramso.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^\\n]*used (\\d+)K");
    private static final String KIOSK_STEP = "kiosk/tra-phuong/guide/vneid-muc-2/3";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestKiosks kiosks;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process app = new ProcessBuilder(java().toString(), "-cp", classpath, "vn.tramso.Application",
                "--spring.profiles.active=demo", "--server.port=0",
                "--tramso.embedded-db.dir=" + data.resolve("mariadb"))
                .redirectErrorStream(true).start();
        try {
            return awaitStarted(app);
        } finally {
            stop(app);
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
        measureHeap("development mode, in the test JVM", count -> openSessions(base, device, count),
                KioskBenchmark::liveHeap);
    }

    /**
     * The same measurement on the production jar ({@code ./mvnw -Pproduction -DskipTests package}
     * first), in its own JVM on a database of its own on the MariaDB service; its live heap is read
     * with jcmd after full GCs. Skipped when the jar or the service is missing.
     */
    @Test
    void live_heap_per_idle_kiosk_ui_production_jar() throws Exception {
        Path jar;
        try (var files = Files.list(Paths.get("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("tram-so-.*\\.jar")).findFirst().orElse(null);
        }
        assumeTrue(jar != null && runnable(jar), "no runnable jar in target/ (./mvnw -Pproduction -DskipTests package)");
        assumeTrue(jdbc.sql("SELECT DATABASE()").query(String.class).single().equals("test"), "not on the MariaDB service");
        jdbc.sql("DROP DATABASE IF EXISTS tramso_benchmark").update();
        jdbc.sql("CREATE DATABASE tramso_benchmark CHARACTER SET utf8mb4").update();
        int appPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            appPort = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(java().toString(), "-jar", jar.toString()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:3306/tramso_benchmark",
                "SPRING_DATASOURCE_USERNAME", "root", "SPRING_DATASOURCE_PASSWORD", "", "PORT", String.valueOf(appPort)));
        Process app = builder.start();
        try {
            awaitStarted(app);
            String base = "http://localhost:" + appPort;
            String device = enrolInBenchmarkDatabase();
            measureHeap("production jar, its own JVM", count -> openSessions(base, device, count),
                    () -> heapOf(app.pid()));
        } finally {
            stop(app);
            jdbc.sql("DROP DATABASE IF EXISTS tramso_benchmark").update();
        }
    }

    private void measureHeap(String where, Sessions sessions, Heap heap) throws Exception {
        sessions.open(200); // warm-up: classes, caches, JIT
        System.out.println("\n=== Live heap per idle kiosk UI (" + KIOSK_STEP + "), " + where + ", " + javaVersion() + " ===");
        for (int count : List.of(1000, 3000)) {
            long before = heap.live();
            long started = System.nanoTime();
            List<String> opened = sessions.open(count);
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long after = heap.live();
            assertThat(opened).doesNotHaveDuplicates().hasSize(count);
            System.out.printf("%5d sessions: live heap %6.1f MB -> %6.1f MB, %6.1f KB per idle kiosk UI; %4.1f ms per session opened%n",
                    count, before / 1e6, after / 1e6, (after - before) / 1024.0 / count, (double) elapsedMs / count);
        }
    }

    private interface Sessions {
        List<String> open(int count) throws Exception;
    }

    private interface Heap {
        long live() throws Exception;
    }

    /**
     * Reads the app's output until Spring Boot says it started, then keeps reading it in the
     * background so the app never blocks on a full pipe.
     *
     * @return the seconds to "Started" and the JVM's uptime then
     */
    private static double[] awaitStarted(Process app) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder log = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            log.append(line).append('\n');
            Matcher started = STARTED.matcher(line);
            if (started.find()) {
                Thread.ofVirtual().start(() -> drain(out));
                return new double[] {Double.parseDouble(started.group(1)), Double.parseDouble(started.group(2))};
            }
        }
        throw new IllegalStateException("the app stopped before it started:\n" + log);
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
    }

    private static void drain(BufferedReader out) {
        try {
            out.lines().forEach(ignored -> { });
        } catch (UncheckedIOException closed) {
            // the app was stopped
        }
    }

    /** Used heap of another JVM after three full GCs, read with jcmd. */
    private static long heapOf(long pid) throws IOException, InterruptedException {
        Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
        for (int i = 0; i < 3; i++) {
            new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
            Thread.sleep(200);
        }
        Process info = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        return Long.parseLong(find(HEAP_USED, text)) * 1024;
    }

    /** Only the -Pproduction build repackages the jar with a Start-Class; a plain jar cannot run. */
    private static boolean runnable(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Start-Class") != null;
        }
    }

    private static Path java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * One kiosk visit as the browser makes it: the page (which starts the HTTP session), Vaadin's
     * UI init request, then the router's navigation event that renders the step.
     */
    private List<String> openSessions(String base, String device, int count) throws IOException, InterruptedException {
        List<String> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            HttpResponse<String> page = get(base + "/" + KIOSK_STEP, "tramso_kiosk=" + device);
            String cookie = "tramso_kiosk=" + device + "; " + page.headers().allValues("set-cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
            String init = get(base + "/?v-r=init&location=" + KIOSK_STEP + "&query=", cookie).body();
            String uiId = find(UI_ID, init);
            String navigate = """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                    "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                    .formatted(find(CSRF, init), KIOSK_STEP);
            HttpResponse<String> rendered = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
            if (!rendered.body().contains("step-counter")) {
                throw new IllegalStateException("no kiosk step was rendered: " + rendered.body().substring(0, Math.min(300, rendered.body().length())));
            }
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

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    private HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response;
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String javaVersion() {
        return "Java " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }
}
