package vn.tramso.alert;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.notification.Message;
import vn.tramso.notification.MessageChoices;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.NotificationState;
import vn.tramso.notification.Outbox;
import vn.tramso.notification.SmsCost;
import vn.tramso.notification.SmsText;
import vn.tramso.place.Commune;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.PlaceService;

/**
 * A scam alert sent beyond the kiosks, by Zalo or SMS, to the residents of its communes who agreed
 * to receive alerts ({@link MessageChoices}). The leader first sees, per commune they cover, how
 * many residents it would reach and what is left of the commune's daily budget; the messages go
 * through the outbox like any other (quiet hours, retries, receipts), one per resident per alert
 * however often the button is pressed, and the alert's card shows how they went.
 */
@Service
public class AlertMessages {

    /** An alert's SMS is cut to three parts without diacritics: a warning, not a newsletter. */
    static final int MAX_SMS = 459;

    private final Alerts alerts;
    private final MessageChoices choices;
    private final Outbox outbox;
    private final SmsCost cost;
    private final PlaceScope scope;
    private final PlaceService places;
    private final Clock clock;

    AlertMessages(Alerts alerts, MessageChoices choices, Outbox outbox, SmsCost cost, PlaceScope scope, PlaceService places, Clock clock) {
        this.alerts = alerts;
        this.choices = choices;
        this.outbox = outbox;
        this.cost = cost;
        this.scope = scope;
        this.places = places;
        this.clock = clock;
    }

    /**
     * @param residents   residents of the commune who agreed to alerts and did not refuse messages since
     * @param alreadySent of them, how many this alert was already queued for
     * @param budgetLeft  messages the commune may still queue today
     */
    public record CommuneReach(long communeId, String communeName, int residents, int alreadySent, int budgetLeft) {

        /** How many messages sending now would queue. */
        public int wouldQueue() {
            return Math.max(0, Math.min(residents - alreadySent, budgetLeft));
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
        List<CommuneReach> reach = new ArrayList<>();
        for (Commune commune : mine(alert)) {
            int residents = choices.alertSubscribers(commune.id()).size();
            int sent = outbox.countsByState(key(alert.id(), commune.id())).values().stream().mapToInt(Integer::intValue).sum();
            reach.add(new CommuneReach(commune.id(), commune.name(), residents, Math.min(sent, residents),
                    outbox.budgetLeftToday(commune.id())));
        }
        String sms = smsText(alert, reach.isEmpty() ? "" : reach.getFirst().communeName());
        return new Preview(reach, sms, cost.of(sms).parts(), outbox.inQuietHours());
    }

    /**
     * Queues the alert for every consenting resident of the communes the leader covers, within each
     * commune's budget for today; residents it was already queued for are skipped.
     *
     * @return how many messages were queued now
     */
    @Transactional
    public int send(long alertId) {
        ScamAlert alert = sendable(alertId);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        int queued = 0;
        for (Commune commune : mine(alert)) {
            String sms = smsText(alert, commune.name());
            for (MessageChoices.Subscriber s : choices.alertSubscribers(commune.id())) {
                String dedupe = key(alert.id(), commune.id()) + s.phone();
                if (outbox.byKey(dedupe).isPresent()) {
                    continue;
                }
                Message message = new Message(MessageKind.SCAM_ALERT, s.phone(), sms,
                        Map.of("commune", commune.name(), "title", alert.title(), "text", alert.text()));
                if (!outbox.enqueue(null, dedupe, message, now, s.villageId(), commune.id())) {
                    if (outbox.budgetLeftToday(commune.id()) == 0) {
                        break; // the rest of this commune waits for tomorrow's budget: pressing again then sends them
                    }
                    continue; // this resident refused messages after consenting
                }
                queued++;
            }
        }
        return queued;
    }

    /** How the alert's messages went, for the communes the signed-in leader covers. */
    public Map<NotificationState, Integer> figures(long alertId) {
        ScamAlert alert = alerts.alert(alertId);
        Map<NotificationState, Integer> total = new java.util.EnumMap<>(NotificationState.class);
        for (Commune commune : mine(alert)) {
            outbox.countsByState(key(alert.id(), commune.id())).forEach((state, n) -> total.merge(state, n, Integer::sum));
        }
        return total;
    }

    private ScamAlert sendable(long alertId) {
        ScamAlert alert = alerts.alert(alertId);
        if (!alert.showingAt(LocalDateTime.now(clock))) {
            throw new AlertRefusedException(AlertRefusedException.Reason.NOT_SHOWING);
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
            scope.commune(commune.id(), commune.provinceId());
            return true;
        } catch (AccessDeniedException notTheirs) {
            return false;
        }
    }

    String smsText(ScamAlert alert, String communeName) {
        String text = SmsText.withoutDiacritics("Canh bao lua dao - " + communeName + ": " + alert.title() + ". " + alert.text());
        String tail = SmsText.withoutDiacritics(choices.howToRefuse());
        int room = MAX_SMS - tail.length();
        return (text.length() > room ? text.substring(0, room - 3).strip() + "..." : text) + tail;
    }

    private static String key(long alertId, long communeId) {
        return "alert:" + alertId + ":" + communeId + ":";
    }
}
