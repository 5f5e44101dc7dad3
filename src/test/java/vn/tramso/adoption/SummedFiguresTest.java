package vn.tramso.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of the dashboards' figures, without a database: the median minutes and the silent villages. */
class SummedFiguresTest {

    @Test
    void the_median_of_an_odd_count_is_the_middle_session() {
        assertThat(SummedFigures.median(List.of(new long[] {10, 1}, new long[] {30, 1}, new long[] {60, 1}))).isEqualTo(30);
        assertThat(SummedFigures.median(List.of(new long[] {10, 2}, new long[] {60, 1}))).isEqualTo(10);
    }

    @Test
    void between_two_middles_the_median_is_their_mean_rounded_up() {
        assertThat(SummedFigures.median(List.of(new long[] {10, 1}, new long[] {15, 1}))).isEqualTo(13);
        assertThat(SummedFigures.median(List.of(new long[] {10, 1}, new long[] {20, 1}, new long[] {30, 1}, new long[] {90, 1})))
                .isEqualTo(25);
    }

    @Test
    void no_sessions_have_a_median_of_zero() {
        assertThat(SummedFigures.median(List.of())).isZero();
        assertThat(SummedFigures.median(List.of(new long[] {10, 0}))).isZero();
    }

    @Test
    void a_place_without_rows_counts_every_village_silent() {
        Figures none = SummedFigures.empty(4);
        assertThat(none.villages()).isEqualTo(4);
        assertThat(none.silentVillages()).isEqualTo(4);
        assertThat(none.sessions()).isZero();
        assertThat(none.medianMinutes()).isZero();
    }

    @Test
    void the_villages_with_a_session_are_not_silent() {
        long[] events = new long[16];
        events[0] = 7;
        Figures f = SummedFigures.of(events, null, new long[] {25}, 5, new long[] {3}, new long[] {40, 30});
        assertThat(f.sessions()).isEqualTo(7);
        assertThat(f.medianMinutes()).isEqualTo(25);
        assertThat(f.silentVillages()).isEqualTo(2);
        assertThat(f.dossiersReceived()).isEqualTo(40);
        assertThat(f.dossiersOnline()).isEqualTo(30);
    }
}
