package vn.tramso.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tramso.base.Hashes;

/**
 * The loopback cluster that docker/cluster/up.sh started, as {@link ClusterCheck} sees it: the
 * address behind HAProxy, each application node's Actuator, the Galera database (through HAProxy's
 * database front, as the application nodes reach it), and the script
 * that starts, stops and kills its parts. Addresses default to those of docker/cluster/lib.sh;
 * check.sh passes them as system properties.
 */
final class Cluster {

    final String front = property("cluster.front", "http://127.0.0.1:8088");
    private final String home = property("cluster.home", "/var/tmp/tramso-cluster");
    private final String script = property("cluster.node-script", "docker/cluster/node.sh");
    private final String dbUrl = property("cluster.db-url",
            "jdbc:mariadb://127.0.0.1:4300/tramso");
    private final String dbUser = property("cluster.db-user", "tramso");
    private final String dbPassword = property("cluster.db-password", "tramso-cluster-only");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static String property(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    /** The Actuator base address of application node {@code a} or {@code b}. */
    String management(String node) {
        return "http://127.0.0.1:" + (node.equals("a") ? 8191 : 8192) + "/actuator";
    }

    /** True when the node's readiness says UP (HTTP 200). */
    boolean ready(String node) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(management(node) + "/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The sum of a counter's samples with this label, as the node's Prometheus page shows it (0 when absent). */
    double counter(String node, String metric, String label) throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(URI.create(management(node) + "/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} (\\S+)$").matcher(page);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }

    Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** The Galera node that a new connection through HAProxy's database front reaches now. */
    String databaseNodeServing() throws SQLException {
        try (Connection c = db(); var rs = c.createStatement().executeQuery("SELECT @@wsrep_node_name")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Runs docker/cluster/node.sh {@code action part} and waits for it (start waits for readiness). */
    void node(String action, String part) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(script, action, part).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("node.sh " + action + " " + part + " failed");
        }
    }

    /** An application node's log, to see which node did what. */
    String log(String node) throws IOException {
        return Files.readString(Path.of(home, "app-" + node + ".log"));
    }

    /**
     * Enrols a browser of the demo kiosk {@code tra-phuong} the way the enrolment form does (a row
     * with the hash of a new token) and returns the token, the device cookie's value.
     */
    String enrolKiosk(String kioskCode) throws SQLException {
        String token = Hashes.randomToken(32);
        try (Connection c = db(); var insert = c.prepareStatement("""
                INSERT INTO kiosk_device (kiosk_id, token_hash, enrolled_via, enrolled_at, browser, last_seen_at)
                SELECT id, ?, 'CODE', NOW(), 'cluster check', NOW() FROM kiosk WHERE code = ?""")) {
            insert.setString(1, Hashes.sha256(token));
            insert.setString(2, kioskCode);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no kiosk " + kioskCode + " in the cluster's database");
            }
        }
        return token;
    }
}
