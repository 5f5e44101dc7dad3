package vn.tramso.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What a start under Spring AOT refuses: a setting that chose beans at build time, set otherwise at start. */
class AotBuildValuesTest {

    @Test
    void the_production_settings_are_the_builds_and_a_node_without_jobs_or_with_a_profile_is_named() {
        assertThat(AotBuildValues.changed(new MockEnvironment())).isEmpty();
        assertThat(AotBuildValues.changed(new MockEnvironment().withProperty("tramso.scheduling.enabled", "TRUE "))).isEmpty();

        MockEnvironment noJobs = new MockEnvironment().withProperty("tramso.scheduling.enabled", "false");
        noJobs.setActiveProfiles("demo");
        assertThat(AotBuildValues.changed(noJobs)).containsExactly("tramso.scheduling.enabled=false", "the profiles [demo]");
        assertThat(AotBuildValues.changed(new MockEnvironment().withProperty("tramso.embedded-db.enabled", "true")
                .withProperty("tramso.adoption.summaries-at-start", "true")))
                .containsExactly("tramso.adoption.summaries-at-start=true", "tramso.embedded-db.enabled=true");
    }

    @Test
    void every_setting_that_chooses_beans_is_one_the_check_knows() throws IOException {
        Pattern condition = Pattern.compile("@ConditionalOnProperty\\(name = \"([^\"]+)\"");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = condition.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertThat(names).as("a new condition is fixed at build time under Spring AOT: add it to AotBuildValues.FIXED")
                .isNotEmpty().isSubsetOf(AotBuildValues.FIXED.keySet());
    }
}
