package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A screen's camera frames are decoded at most five a second, however fast a page sends them. */
class FrameBudgetTest {

    private static final long MS = 1_000_000L;

    @Test
    void a_page_sending_a_hundred_frames_a_second_gets_five_decoded() {
        FrameBudget budget = new FrameBudget(5);
        int decoded = 0;
        for (int i = 0; i < 100; i++) {
            if (budget.take(1_000 * MS + i * 10 * MS)) {
                decoded++;
            }
        }
        assertThat(decoded).isEqualTo(5);
    }

    @Test
    void a_camera_sending_every_quarter_second_loses_nothing() {
        FrameBudget budget = new FrameBudget(5);
        for (int i = 0; i < 20; i++) {
            assertThat(budget.take(-500 * MS + i * 250 * MS)).as("frame " + i).isTrue();
        }
    }
}
