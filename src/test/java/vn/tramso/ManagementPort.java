package vn.tramso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.DoublePredicate;
import org.awaitility.Awaitility;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The management port as Prometheus and a load balancer see it: plain HTTP on 127.0.0.1. */
@Component
public class ManagementPort {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Environment environment;

    ManagementPort(Environment environment) {
        this.environment = environment;
    }

    public HttpResponse<String> get(String path) {
        return get(environment.getRequiredProperty("local.management.port", Integer.class), path);
    }

    /** The same path on the app's own port (where the actuator must not answer). */
    public HttpResponse<String> getOnAppPort(String path) {
        return get(environment.getRequiredProperty("local.server.port", Integer.class), path);
    }

    /**
     * The value of a metric in a scrape of /actuator/prometheus, summed over its series carrying these
     * labels (each {@code name=value}); 0 when there is none.
     */
    public double metric(String name, String... labels) {
        String scrape = get("/actuator/prometheus").body();
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(label -> line.contains(label.replaceFirst("=", "=\"") + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Scrapes again until the metric satisfies the condition: gauges read from the database are reused for 5 s. */
    public double awaitMetric(DoublePredicate condition, String name, String... labels) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> metric(name, labels), condition::test);
    }

    private HttpResponse<String> get(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
