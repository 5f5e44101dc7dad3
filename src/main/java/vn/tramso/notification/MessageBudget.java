package vn.tramso.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.tramso.base.QuotaStore;

/**
 * A commune's daily budget of messages: its own when it set one ({@link CommuneMessages}), else
 * {@link NotificationSettings#smsPerCommunePerDay()}, counted in {@code quota_use} ({@link QuotaStore})
 * by the day a message is queued, so the count holds across app nodes and outlives the messages.
 */
@Component
class MessageBudget {

    /** The quota row counting a commune's messages of the day ({@link QuotaStore}). */
    private static final String QUOTA = "messages";

    private final QuotaStore quotas;
    private final NotificationSettings settings;
    private final CommuneMessageStore communes;
    private final Clock clock;

    MessageBudget(QuotaStore quotas, NotificationSettings settings, CommuneMessageStore communes, Clock clock) {
        this.quotas = quotas;
        this.settings = settings;
        this.communes = communes;
        this.clock = clock;
    }

    /** The commune's daily budget: its own ({@link CommuneMessages}), else the installation's. */
    int daily(long communeId) {
        return communes.dailyBudget(communeId).orElse(settings.smsPerCommunePerDay());
    }

    /** Counts one message against {@code budget}, the commune's budget of today. @return false when it is spent (nothing counted) */
    boolean take(long communeId, int budget) {
        return quotas.take(QUOTA, String.valueOf(communeId), today(), budget);
    }

    /** Messages the commune has queued today, against its daily budget. */
    int queuedToday(long communeId) {
        return quotas.used(QUOTA, String.valueOf(communeId), today());
    }

    /** How many more messages the commune may queue today before its daily budget is spent. */
    int leftToday(long communeId) {
        return Math.max(0, daily(communeId) - queuedToday(communeId));
    }

    private LocalDateTime today() {
        return LocalDateTime.now(clock).withNano(0).toLocalDate().atStartOfDay();
    }
}
