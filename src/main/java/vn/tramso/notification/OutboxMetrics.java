package vn.tramso.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.tramso.base.Recent;

/**
 * {@code tramso.outbox.pending}: messages due and not sent yet; {@code tramso.outbox.oldest.age}
 * (seconds): how long the one waiting longest has been due (0 when none). A message that failed waits
 * for its next attempt and is due again from then. Computed at scrape time from one indexed query,
 * reused for {@link #FRESH}.
 */
@Component
class OutboxMetrics {

    static final Duration FRESH = Duration.ofSeconds(5);

    OutboxMetrics(OutboxSending outbox, MeterRegistry registry, Clock clock) {
        Recent<OutboxSending.Backlog> backlog = new Recent<>(FRESH, outbox::backlog);
        Gauge.builder("tramso.outbox.pending", () -> backlog.get().due())
                .description("Messages (SMS, Zalo) due and not sent yet").strongReference(true).register(registry);
        Gauge.builder("tramso.outbox.oldest.age", () -> backlog.get().oldestDueAt()
                        .map(due -> Math.max(0, Duration.between(due, LocalDateTime.now(clock)).toSeconds())).orElse(0L))
                .description("How long the message waiting longest has been due").baseUnit("seconds").strongReference(true).register(registry);
    }
}
