package vn.tramso.adoption;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tramso.base.Recent;

/**
 * {@code tramso.summaries.age} (seconds): how old the figures of the adoption dashboards are, from the
 * last refresh of the summaries ({@link SummaryRefresh}); NaN before the first. It grows past a few
 * minutes when the refresh job stops. The refresh's time is read at scrape time (one row by its key),
 * reused for {@link #FRESH}.
 */
@Component
class SummaryMetrics {

    static final Duration FRESH = Duration.ofSeconds(5);

    SummaryMetrics(SummaryStore store, MeterRegistry registry, Clock clock) {
        Recent<Optional<LocalDateTime>> refreshed = new Recent<>(FRESH, () -> store.watermark(SummaryRefresh.SUMMARIES));
        Gauge.builder("tramso.summaries.age", () -> refreshed.get()
                        .map(at -> (Number) Duration.between(at, LocalDateTime.now(clock)).toSeconds()).orElse(Double.NaN))
                .description("Age of the adoption dashboards' summaries (since their last refresh)").baseUnit("seconds")
                .strongReference(true).register(registry);
    }
}
