package vn.tramso.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app started in a JVM of its own for the benchmarks: from the build's class path as
 * {@code ./mvnw spring-boot:run} does, or from the production jar. Its output is read until Spring
 * Boot says it started and then drained; its live heap is read with jcmd; closing stops it.
 */
final class ChildApp implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started Application in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total[^\\n]*used (\\d+)K");

    private final Process process;
    /** Seconds to "Started", and the JVM's uptime then. */
    final double[] started;
    final int port;

    private ChildApp(ProcessBuilder builder, int port) throws IOException {
        this.process = builder.redirectErrorStream(true).start();
        this.port = port;
        try {
            this.started = awaitStarted(process);
        } catch (IOException | RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** The app from the build's class path with {@code arguments}. */
    static ChildApp fromClassPath(String... arguments) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-cp", classpath, "vn.tramso.Application"));
        command.addAll(List.of(arguments));
        return new ChildApp(new ProcessBuilder(command), 0);
    }

    /** The production jar on a free port, with {@code environment} (the database to use, say) and JVM {@code options} (-Xmx2g, say). */
    static ChildApp fromJar(Path jar, Map<String, String> environment, String... options) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(List.of(java()));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        return new ChildApp(builder, port);
    }

    /** The jar of {@code ./mvnw -Pproduction -DskipTests package}, when one is in target/: only that build has a Start-Class. */
    static Optional<Path> productionJar() throws IOException {
        try (var files = Files.list(Paths.get("target"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("tram-so-.*\\.jar")).toList()) {
                try (JarFile file = new JarFile(f.toFile())) {
                    if (file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Start-Class") != null) {
                        return Optional.of(f);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Used heap after three full GCs, read with jcmd. */
    long liveHeap() throws IOException, InterruptedException {
        String jcmd = jcmd();
        for (int i = 0; i < 3; i++) {
            new ProcessBuilder(jcmd, String.valueOf(process.pid()), "GC.run").redirectErrorStream(true).start().waitFor();
            Thread.sleep(200);
        }
        Process info = new ProcessBuilder(jcmd, String.valueOf(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
        String text = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor();
        return Long.parseLong(BrowserlessClient.find(HEAP_USED, text)) * 1024;
    }

    /** The classes on the heap after a full collection, largest first ({@code jcmd GC.class_histogram}). */
    String histogram() throws IOException, InterruptedException {
        Process histogram = new ProcessBuilder(jcmd(), String.valueOf(process.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String text = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        histogram.waitFor();
        return text;
    }

    /** Bytes of live objects per class, from jcmd's class histogram (which runs a full GC first). */
    Map<String, Long> classHistogram() throws IOException, InterruptedException {
        return bytesPerClass(histogram());
    }

    /** Bytes of live objects per class in a {@code GC.class_histogram} text. */
    static Map<String, Long> bytesPerClass(String histogram) {
        Map<String, Long> bytes = new java.util.HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(histogram);
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    /** The classes that grew most between two histograms, in bytes per session. */
    static void printGrowth(Map<String, Long> before, Map<String, Long> after, int sessions) {
        System.out.println("Classes that grew most, bytes per session (" + sessions + " sessions):");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(25)
                .forEach(e -> System.out.printf("%8.0f  %s%n", (double) e.getValue() / sessions, e.getKey()));
    }

    /** Whether the JVM still runs (an OutOfMemoryError that kills it, say, ends it). */
    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stop();
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

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

    private static void drain(BufferedReader out) {
        try {
            out.lines().forEach(ignored -> { });
        } catch (UncheckedIOException closed) {
            // the app was stopped
        }
    }

    private static String jcmd() {
        return Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    private static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }
}
