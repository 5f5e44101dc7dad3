package vn.tramso.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.IntegrationTest;
import vn.tramso.ManagementPort;
import vn.tramso.TestDatabase;

/** How old the dashboards' figures are, as a Prometheus scrape shows it. */
@IntegrationTest
class SummaryMetricsTest {

    @Autowired
    SummaryRefresh refresh;
    @Autowired
    ManagementPort management;

    @Test
    void the_summaries_age_counts_from_their_last_refresh() {
        LocalDateTime refreshedAt = LocalDateTime.now(TestDatabase.CLOCK).withNano(0);
        TestDatabase.CLOCK.set(refreshedAt);
        refresh.refresh();

        TestDatabase.CLOCK.set(refreshedAt.plusHours(2));

        assertThat(management.awaitMetric(age -> age == 7200, "tramso_summaries_age_seconds")).isEqualTo(7200);
    }
}
