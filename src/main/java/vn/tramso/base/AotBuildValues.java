package vn.tramso.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Under Spring AOT (the production jar started with {@code -Dspring.aot.enabled=true}: docker/start.sh, the
 * cluster scripts; issue 23) the beans were chosen when the jar was built, with no profile and the defaults of
 * application.properties: a setting that chooses beans is then no longer read at start. Rather than let such a
 * setting be silently ignored (a node told to run no jobs running them), the start fails and says which setting
 * and how to start instead. Without Spring AOT (tests, {@code ./mvnw spring-boot:run}) nothing is checked: the
 * conditions are read at start as always. Checked once the settings are read and before any bean is made
 * (registered in META-INF/spring.factories), so the refusal comes first, not a failure it would cause.
 */
class AotBuildValues implements EnvironmentPostProcessor, Ordered {

    /** The settings that choose beans at start, with the value they had when the build chose them. */
    static final Map<String, String> FIXED = Map.of(
            "tramso.scheduling.enabled", "true",
            "tramso.embedded-db.enabled", "false",
            "tramso.adoption.summaries-at-start", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (AotDetector.useGeneratedArtifacts()) {
            List<String> changed = changed(environment);
            if (!changed.isEmpty()) {
                throw new IllegalStateException("This start uses Spring AOT (-Dspring.aot.enabled=true), where the beans "
                        + "were chosen at build time, and " + String.join(", ", changed) + " differs from that build: "
                        + "start without -Dspring.aot.enabled=true (TRAMSO_SPRING_AOT=off) to change it");
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.properties, the environment and the profiles are read
    }

    /** The settings (and active profiles) that differ from the build's: what a start under Spring AOT would ignore. */
    static List<String> changed(Environment environment) {
        List<String> changed = new ArrayList<>(FIXED.entrySet().stream()
                .filter(e -> !e.getValue().equals(environment.getProperty(e.getKey(), e.getValue()).trim().toLowerCase(Locale.ROOT)))
                .map(e -> e.getKey() + "=" + environment.getProperty(e.getKey())).sorted().toList());
        if (environment.getActiveProfiles().length > 0) {
            changed.add("the profiles " + Arrays.toString(environment.getActiveProfiles()));
        }
        return changed;
    }
}
