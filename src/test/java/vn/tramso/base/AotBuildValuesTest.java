package vn.tramso.base;

import static org.assertj.core.api.Assertions.assertThat;

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
}
