package vn.tramso.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.usage.UsageRefusedException.Reason;

/**
 * Stores kiosk usage events: one at a time from the live screens ({@link KioskVisits}), or a batch an
 * offline kiosk page kept and sends when its connection returns. A batch is checked in full first and
 * stored all or nothing; an event whose id is already stored is skipped, so sending a batch again
 * (its answer was lost) changes nothing.
 */
@Service
public class KioskUsage {

    /** Most events in one batch: a visit's worth many times over, and a body of some 40 KB. */
    public static final int MOST_EVENTS = 200;
    /** How old an offline event may be: a kiosk offline longer loses its oldest (the raw events are kept 60 days). */
    static final Duration OLDEST = Duration.ofDays(30);
    /** How far ahead of the server's clock a kiosk's clock may be. */
    static final Duration SKEW = Duration.ofMinutes(5);
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final UsageStore store;
    private final UsageGuides guides;
    private final Clock clock;

    KioskUsage(UsageStore store, UsageGuides guides, Clock clock) {
        this.store = store;
        this.guides = guides;
        this.clock = clock;
    }

    /**
     * An event as an offline page sends it, every field as it came (see {@code POST /kiosk/<kiosk>/usage}).
     *
     * @param step the step, or null when absent; {@link #NOT_A_NUMBER} when present but not a whole number
     */
    public record Sent(String id, String visit, String kind, String guide, Integer step, String at) {
    }

    public static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    /**
     * Checks and stores a batch sent by the kiosk's enrolled browser.
     *
     * @return how many events the batch held
     * @throws UsageRefusedException naming the first bad event and why; nothing was stored
     */
    @Transactional
    public int accept(String kioskId, long villageId, List<Sent> sent) {
        if (sent.isEmpty()) {
            throw new UsageRefusedException(Reason.NO_EVENTS, -1, "empty");
        }
        if (sent.size() > MOST_EVENTS) {
            throw new UsageRefusedException(Reason.TOO_MANY, -1, sent.size() + " > " + MOST_EVENTS);
        }
        Map<String, Integer> steps = guides.stepCounts(kioskId);
        Instant now = clock.instant();
        List<UsageEvent> events = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            events.add(checked(i, sent.get(i), kioskId, villageId, steps, now));
        }
        store.insert(events, now());
        return events.size();
    }

    /** Stores one event of a live screen's visit, now. */
    @Transactional
    public void record(String kioskId, long villageId, UUID visit, UsageKind kind, String guide, Integer step) {
        store.insert(List.of(new UsageEvent(UUID.randomUUID(), villageId, kioskId, visit, kind, guide, step, now())), now());
    }

    private UsageEvent checked(int i, Sent s, String kioskId, long villageId, Map<String, Integer> steps, Instant now) {
        if (s == null) {
            throw new UsageRefusedException(Reason.UNKNOWN_KIND, i, "not an object");
        }
        UUID id = uuid(s.id()).orElseThrow(() -> new UsageRefusedException(Reason.BAD_ID, i, "id " + s.id()));
        UUID visit = uuid(s.visit()).orElseThrow(() -> new UsageRefusedException(Reason.BAD_VISIT, i, "visit " + s.visit()));
        UsageKind kind = UsageKind.ofWire(String.valueOf(s.kind())).filter(UsageKind::sentOffline)
                .orElseThrow(() -> new UsageRefusedException(Reason.UNKNOWN_KIND, i, "kind " + s.kind()));
        if (s.guide() == null) {
            if (kind.needsStep() || s.step() != null) {
                throw new UsageRefusedException(Reason.UNKNOWN_GUIDE, i, "no guide");
            }
        } else {
            Integer count = steps.get(s.guide());
            if (count == null) {
                throw new UsageRefusedException(Reason.UNKNOWN_GUIDE, i, "guide " + s.guide());
            }
            if (s.step() == null || s.step() < 1 || s.step() > count) {
                throw new UsageRefusedException(Reason.BAD_STEP, i, "step " + s.step() + " of " + count);
            }
        }
        Instant at = instant(s.at()).orElseThrow(() -> new UsageRefusedException(Reason.BAD_TIME, i, "at " + s.at()));
        if (at.isBefore(now.minus(OLDEST))) {
            throw new UsageRefusedException(Reason.TOO_OLD, i, "at " + s.at());
        }
        if (at.isAfter(now.plus(SKEW))) {
            throw new UsageRefusedException(Reason.IN_FUTURE, i, "at " + s.at());
        }
        return new UsageEvent(id, villageId, kioskId, visit, kind, s.guide(), s.step(),
                LocalDateTime.ofInstant(at, clock.getZone()).truncatedTo(ChronoUnit.SECONDS));
    }

    private static java.util.Optional<UUID> uuid(String text) {
        return text != null && UUID_TEXT.matcher(text).matches() ? java.util.Optional.of(UUID.fromString(text)) : java.util.Optional.empty();
    }

    /** An ISO-8601 time with its offset ({@code 2026-12-05T08:15:30Z}, {@code …+07:00}). */
    private static java.util.Optional<Instant> instant(String text) {
        if (text == null || text.length() > 40) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
