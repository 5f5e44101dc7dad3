package vn.tramso.helpsession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tramso.helpsession.HelpSessionsTest.done;
import static vn.tramso.helpsession.HelpSessionsTest.scratch;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.IntegrationTest;
import vn.tramso.ManagementPort;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.place.Places;

/** Help sessions logged, as a Prometheus scrape counts them. */
@IntegrationTest
class HelpSessionMetricsTest {

    @Autowired
    HelpSessions sessions;
    @Autowired
    Places places;
    @Autowired
    TestStaff staff;
    @Autowired
    ManagementPort management;

    @Test
    void a_logged_session_counts_one_and_a_refused_one_nothing() {
        long village = places.village("HY-HQ-TRA-PHUONG").orElseThrow().id();
        double before = management.metric("tramso_help_sessions_logged_total");

        staff.run("tnv.traphuong", () -> sessions.record(scratch(village, List.of(done(Topic.PORTAL)))));
        assertThatThrownBy(() -> staff.run("tnv.traphuong", () -> sessions.record(scratch(village, List.of()))))
                .as("no topic: refused").isInstanceOf(SessionRefusedException.class);

        assertThat(management.metric("tramso_help_sessions_logged_total")).isEqualTo(before + 1);
    }
}
