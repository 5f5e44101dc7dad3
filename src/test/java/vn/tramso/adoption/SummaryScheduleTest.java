package vn.tramso.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;

/** One scheduled job refreshes every few minutes and does the nightly run on its first call after 00:45. */
@IntegrationTest
class SummaryScheduleTest {

    private static final LocalDateTime YESTERDAY_NOON = LocalDateTime.of(2026, 12, 21, 12, 0);

    @Autowired
    SummaryRefresh refresh;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_first_call_after_quarter_to_one_is_the_nightly_run_and_the_next_ones_refresh() {
        mark("summaries", YESTERDAY_NOON);
        mark("nightly", YESTERDAY_NOON);

        run(LocalDateTime.of(2026, 12, 22, 0, 40));
        assertThat(mark("summaries")).as("a refresh").isEqualTo(LocalDateTime.of(2026, 12, 22, 0, 40));
        assertThat(mark("nightly")).as("not yet due").isEqualTo(YESTERDAY_NOON);

        run(LocalDateTime.of(2026, 12, 22, 0, 46));
        assertThat(mark("nightly")).as("the nightly run").isEqualTo(LocalDateTime.of(2026, 12, 22, 0, 46));

        run(LocalDateTime.of(2026, 12, 22, 0, 49));
        assertThat(mark("summaries")).isEqualTo(LocalDateTime.of(2026, 12, 22, 0, 49));
        assertThat(mark("nightly")).as("once a day").isEqualTo(LocalDateTime.of(2026, 12, 22, 0, 46));
    }

    private void run(LocalDateTime at) {
        TestDatabase.CLOCK.set(at);
        refresh.scheduled();
    }

    private LocalDateTime mark(String name) {
        return jdbc.sql("SELECT watermark FROM stat_refresh WHERE name = :n").param("n", name).query(LocalDateTime.class).single();
    }

    private void mark(String name, LocalDateTime at) {
        jdbc.sql("""
                        INSERT INTO stat_refresh (name, watermark, refreshed_at) VALUES (:n, :at, :at)
                        ON DUPLICATE KEY UPDATE watermark = :at, refreshed_at = :at""")
                .param("n", name).param("at", at).update();
    }
}
