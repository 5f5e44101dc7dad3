package vn.tramso.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tramso.base.db.WriteConflict;
import vn.tramso.notification.Message;
import vn.tramso.notification.MessageChoices;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.NotificationState;
import vn.tramso.notification.Outbox;
import vn.tramso.notification.SmsCost;
import vn.tramso.notification.SmsText;
import vn.tramso.place.Commune;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;

/**
 * A scam alert sent beyond the kiosks, by Zalo or SMS, to the residents of its communes who agreed
 * to receive alerts ({@link MessageChoices}). The leader first sees, per commune they cover, how
 * many residents it would reach and what of the commune's daily budget it may use; the messages go
 * through the outbox like any other (quiet hours, retries, receipts, a withdrawal or refusal checked
 * again before each is sent), one per resident per alert however often the button is pressed, and
 * the alert's card shows how they went. An alert never spends the part of the day's budget kept for
 * what residents are waiting for (booking confirmations and reminders): {@link #reserve(int)}.
 */
@Service
public class AlertMessages {

    private static final Logger log = LoggerFactory.getLogger(AlertMessages.class);

    /** An alert's SMS is cut to three parts: a warning, not a newsletter. */
    static final int MAX_PARTS = 3;
    /** Residents queued per transaction: a large commune's send never holds the budget's row for long. */
    static final int CHUNK = 100;
    /**
     * Messages can go during an alert's first 28 days only: the outbox keeps a sent message (the
     * proof that a resident already got this alert) 30 days, so a later press could send it twice.
     */
    public static final Duration SENDABLE_FOR = Outbox.SENT_KEPT.minusDays(2);

    private final Alerts alerts;
    private final MessageChoices choices;
    private final Outbox outbox;
    private final SmsCost cost;
    private final PlaceScope scope;
    private final Places places;
    private final TransactionTemplate chunk;
    private final Clock clock;

    AlertMessages(Alerts alerts, MessageChoices choices, Outbox outbox, SmsCost cost, PlaceScope scope, Places places,
                  PlatformTransactionManager transactions, Clock clock) {
        this.alerts = alerts;
        this.choices = choices;
        this.outbox = outbox;
        this.cost = cost;
        this.scope = scope;
        this.places = places;
        this.chunk = new TransactionTemplate(transactions);
        this.chunk.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * @param residents   residents of the commune who agreed to alerts and did not refuse messages since
     * @param alreadySent of them, how many this alert was already queued for
     * @param budgetLeft  messages the commune may still queue today
     * @param reserved    of those, how many are kept for booking confirmations and reminders
     */
    public record CommuneReach(long communeId, String communeName, int residents, int alreadySent, int budgetLeft, int reserved) {

        /** How many messages sending now would queue. */
        public int wouldQueue() {
            return Math.max(0, Math.min(residents - alreadySent, budgetLeft - reserved));
        }
    }

    /**
     * What sending would do, for the communes of the alert the signed-in leader covers.
     *
     * @param smsParts what one message costs when it goes by SMS
     */
    public record Preview(List<CommuneReach> communes, String smsText, int smsParts, boolean quietHours) {

        public int wouldQueue() {
            return communes.stream().mapToInt(CommuneReach::wouldQueue).sum();
        }

        public int residents() {
            return communes.stream().mapToInt(CommuneReach::residents).sum();
        }
    }

    public Preview preview(long alertId) {
        ScamAlert alert = sendable(alertId);
        Set<String> queued = outbox.keysStartingWith(prefix(alert.id()));
        List<CommuneReach> reach = new ArrayList<>();
        for (Commune commune : mine(alert)) {
            List<MessageChoices.Subscriber> residents = choices.alertSubscribers(commune.id());
            int sent = (int) residents.stream().filter(s -> queued.contains(key(alert.id(), s.phone()))).count();
            reach.add(new CommuneReach(commune.id(), commune.name(), residents.size(), sent, outbox.budgetLeftToday(commune.id()),
                    reserve(outbox.dailyBudget(commune.id()))));
        }
        String sms = smsText(alert, reach.isEmpty() ? "" : reach.getFirst().communeName());
        return new Preview(reach, sms, cost.of(sms).parts(), outbox.inQuietHours());
    }

    /** What an alert leaves of the day's budget for what residents are waiting for: a fifth, at least 20. */
    static int reserve(int dailyBudget) {
        return Math.min(dailyBudget, Math.max(20, dailyBudget / 5));
    }

    /**
     * Queues the alert for every consenting resident of the communes the leader covers, within each
     * commune's budget for today less its reserve, {@link #CHUNK} residents per transaction; residents
     * it was already queued for (in any commune) are skipped.
     *
     * @return how many messages were queued now
     */
    public int send(long alertId) {
        ScamAlert alert = sendable(alertId);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        int queued = 0;
        for (Commune commune : mine(alert)) {
            String sms = smsText(alert, commune.name());
            Map<String, String> data = Map.of("commune", commune.name(), "title", alert.title(), "text", alert.text());
            int room = outbox.budgetLeftToday(commune.id()) - reserve(outbox.dailyBudget(commune.id()));
            List<MessageChoices.Subscriber> residents = choices.alertSubscribers(commune.id());
            for (int from = 0; from < residents.size() && room > 0; from += CHUNK) {
                List<MessageChoices.Subscriber> part = residents.subList(from, Math.min(residents.size(), from + CHUNK));
                int limit = room;
                int done = inChunk(() -> queue(alert, commune, part, sms, data, now, limit));
                queued += done;
                room -= done;
            }
        }
        log.info("Alert {} queued for {} residents", alert.id(), queued);
        return queued;
    }

    private int queue(ScamAlert alert, Commune commune, List<MessageChoices.Subscriber> part, String sms, Map<String, String> data,
                      LocalDateTime now, int limit) {
        Set<String> queued = outbox.keysStartingWith(prefix(alert.id()));
        int done = 0;
        for (MessageChoices.Subscriber s : part) {
            String key = key(alert.id(), s.phone());
            if (done >= limit || queued.contains(key)) {
                continue;
            }
            if (outbox.enqueue(null, key, new Message(MessageKind.SCAM_ALERT, s.phone(), sms, data), now, s.villageId(), commune.id())) {
                done++;
            }
        }
        return done;
    }

    /** One chunk in its own transaction, tried again when it loses a write conflict (decision 007). */
    private int inChunk(java.util.function.Supplier<Integer> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chunk.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= 4 || !WriteConflict.isConflict(e)) {
                    throw e;
                }
            }
        }
    }

    /** How the alert's messages went, for the communes the signed-in leader covers. */
    public Map<NotificationState, Integer> figures(long alertId) {
        ScamAlert alert = alerts.alert(alertId);
        Map<NotificationState, Integer> total = new EnumMap<>(NotificationState.class);
        for (Commune commune : mine(alert)) {
            outbox.countsByState(prefix(alert.id()), commune.id()).forEach((state, n) -> total.merge(state, n, Integer::sum));
        }
        return total;
    }

    private ScamAlert sendable(long alertId) {
        ScamAlert alert = alerts.alert(alertId);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!alert.showingAt(now)) {
            throw new AlertRefusedException(AlertRefusedException.Reason.NOT_SHOWING);
        }
        if (now.isAfter(alert.validFrom().plus(SENDABLE_FOR))) {
            throw new AlertRefusedException(AlertRefusedException.Reason.TOO_OLD_TO_SEND);
        }
        return alert;
    }

    /** The alert's communes the signed-in staff member covers. */
    private List<Commune> mine(ScamAlert alert) {
        List<Commune> mine = alert.communeIds().stream().map(id -> places.commune(id).orElseThrow()).filter(this::covers).toList();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("None of alert " + alert.id() + "'s communes is covered");
        }
        return mine;
    }

    private boolean covers(Commune commune) {
        try {
            scope.commune(commune);
            return true;
        } catch (AccessDeniedException notTheirs) {
            return false;
        }
    }

    /** The commune, the alert and how to refuse, cut (by the parts it costs, as sent) to {@link #MAX_PARTS} parts. */
    String smsText(ScamAlert alert, String communeName) {
        String text = SmsText.withoutDiacritics("Canh bao lua dao - " + communeName + ": " + alert.title() + ". " + alert.text());
        String tail = SmsText.withoutDiacritics(choices.howToRefuse());
        if (cost.of(text + tail).parts() <= MAX_PARTS) {
            return text + tail;
        }
        int keep = text.length();
        while (keep > 0 && cost.of(text.substring(0, keep).strip() + "..." + tail).parts() > MAX_PARTS) {
            keep -= 10;
        }
        return text.substring(0, Math.max(0, keep)).strip() + "..." + tail;
    }

    /** One message per alert and resident, whichever commune pays: the phone as a keyed hash, never in clear. */
    private String key(long alertId, String phone) {
        return prefix(alertId) + choices.phoneKey(phone);
    }

    /** The start of the dedupe keys of an alert's messages. */
    static String prefix(long alertId) {
        return "alert:" + alertId + ":";
    }
}
