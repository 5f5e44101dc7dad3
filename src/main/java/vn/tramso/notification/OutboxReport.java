package vn.tramso.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * The leaders' view of the outbox: per village and day, what was sent, delivered, failed and why,
 * and what waits; a failed message sent again, a waiting one stopped. Only the villages the signed-in
 * staff member's place covers ({@link PlaceScope}): a leader sees their commune's. A line carries the
 * phone's last 3 digits only, never the number or the text (docs/security.md).
 */
@Service
public class OutboxReport {

    private final OutboxReportStore store;
    private final PlaceScope scope;
    private final Outbox outbox;
    private final Clock clock;

    OutboxReport(OutboxReportStore store, PlaceScope scope, Outbox outbox, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a leader's screen shows of a message's state. */
    public enum Status {
        /** Waiting for its time or for a retry. */
        QUEUED,
        /** Moved to 07:00 by the quiet hours ({@link QuietHours}). */
        HELD,
        SENT, DELIVERED, FAILED, CANCELLED
    }

    /**
     * One message as the leaders' screen shows it.
     *
     * @param phoneEnd the phone's last 3 digits
     * @param at       when it was sent, or is (again) due when it waits
     * @param reason   the provider's or the outbox's reason, as stored (in English); see {@link FailureReason}
     */
    public record Line(long id, String villageName, MessageKind kind, String phoneEnd, Status status, NotificationChannel via,
                       LocalDateTime createdAt, LocalDateTime at, LocalDateTime deliveredAt, int attempts, FailureReason reason,
                       String rawReason) {

        public boolean retryable() {
            return status == Status.FAILED;
        }

        public boolean cancellable() {
            return status == Status.QUEUED || status == Status.HELD;
        }
    }

    /** The villages whose messages the signed-in staff member may see. */
    public List<Village> villages() {
        return scope.villages();
    }

    /**
     * The messages written on {@code day} about one village, or about every village the signed-in
     * staff member's place covers ({@code villageId} null), newest first.
     *
     * @throws AccessDeniedException for a village not theirs
     */
    public List<Line> day(Long villageId, LocalDate day) {
        Map<Long, Village> villages = villageId == null
                ? scope.villages().stream().collect(Collectors.toMap(Village::id, Function.identity()))
                : Map.of(villageId, scope.village(new VillageId(villageId)));
        if (villages.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return store.day(villages.keySet(), day).stream().map(row -> line(row, villages.get(row.villageId()).name(), now)).toList();
    }

    private static Line line(OutboxReportStore.Row row, String villageName, LocalDateTime now) {
        LocalDateTime due = row.dueAt();
        LocalDateTime held = row.heldAt();
        Status status = switch (row.state()) {
            case PENDING -> held != null && due.isAfter(now) && QuietHours.end(held).equals(due) ? Status.HELD : Status.QUEUED;
            case SENT -> Status.SENT;
            case DELIVERED -> Status.DELIVERED;
            case FAILED -> Status.FAILED;
            case CANCELLED -> Status.CANCELLED;
        };
        String reason = row.state() == NotificationState.PENDING ? row.lastError() : row.failureReason();
        return new Line(row.id(), villageName, row.kind(), Phones.lastDigits(row.recipient(), 3), status, row.via(), row.createdAt(),
                row.sentAt() != null ? row.sentAt() : due, row.deliveredAt(), row.attempts(),
                reason == null ? null : FailureReason.of(reason), reason);
    }

    /** How many of the lines are in each status. */
    public static Map<Status, Long> count(Collection<Line> lines) {
        return lines.stream().collect(Collectors.groupingBy(Line::status, Collectors.counting()));
    }

    /**
     * Sends a failed message again, as a new message (a new request id, so a new eSMS RequestId: the
     * old one would be answered "duplicate" and not sent). It counts against the commune's daily budget
     * and waits for the quiet hours like any other. A second retry of the same failed message changes
     * nothing.
     *
     * @return whether the message is queued again (false: not failed, or the commune's budget is spent)
     * @throws AccessDeniedException for a message of a village not theirs
     */
    @RetryOnWriteConflict
    @Transactional
    public boolean retry(long id) {
        Village village = villageOf(id);
        Notification failed = outbox.byId(id).orElseThrow();
        if (failed.state() != NotificationState.FAILED) {
            return false;
        }
        return outbox.enqueue(failed.bookingId(), "retry:" + id, failed.message(), LocalDateTime.now(clock).withNano(0), village.id(),
                village.communeId());
    }

    /**
     * Stops a message that waits (queued, or held for the quiet hours). If a dispatcher is sending it
     * at this moment and the provider takes it, it shows as sent after all ({@link OutboxSending#sent}).
     *
     * @return whether it was stopped (false: it had already gone or failed)
     * @throws AccessDeniedException for a message of a village not theirs
     */
    @RetryOnWriteConflict
    @Transactional
    public boolean cancel(long id) {
        villageOf(id);
        return outbox.cancel(id);
    }

    private Village villageOf(long id) {
        Long villageId = store.villageOf(id).orElseThrow(() -> new AccessDeniedException("No message " + id));
        return scope.village(new VillageId(villageId));
    }
}
