package vn.tramso.notification;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.tramso.notification.NotificationSender.Outcome;

/**
 * Sends what is due in the outbox, one message at a time, each claimed before it is sent and sent in
 * the order its commune chose for its kind ({@link CommuneMessages}; the installation's when none), holds
 * what falls in the quiet hours until 07:00 ({@link QuietHours}), and gives up the messages whose
 * last attempt was claimed by a node that stopped ({@link OutboxSending#giveUpAbandoned()}).
 */
@Service
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 100;

    private final OutboxSending sending;
    private final NotificationSender sender;
    /** Each commune's order for each kind of message; null: the installation's order for every message. */
    private final CommuneMessageStore communes;

    @Autowired
    OutboxDispatcher(OutboxSending sending, NotificationSender sender, CommuneMessageStore communes) {
        this.sending = sending;
        this.sender = sender;
        this.communes = communes;
    }

    /** Sends every message in the installation's order, whatever its commune chose: for tests of the outbox and the gateways alone. */
    OutboxDispatcher(OutboxSending sending, NotificationSender sender) {
        this(sending, sender, null);
    }

    /** @return how many messages were sent in this round */
    public int dispatchDue() {
        int abandoned = sending.giveUpAbandoned();
        if (abandoned > 0) {
            log.warn("Gave up {} messages whose last attempt never finished", abandoned);
        }
        int held = sending.holdForQuietHours();
        if (held > 0) {
            log.info("Held {} messages until 07:00 (quiet hours)", held);
        }
        int sent = 0;
        for (long id : sending.due(BATCH)) {
            if (dispatch(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims one message and sends it, unless another dispatcher took it. @return whether it was sent */
    boolean dispatch(long id) {
        var claimed = sending.claim(id);
        if (claimed.isEmpty()) {
            return false; // another dispatcher took it, or it is not due
        }
        Notification n = claimed.get();
        if (!sending.stillWanted(n)) {
            log.info("Not sending {}: its resident refused it since it was queued", n);
            sending.cancelRefused(n.id());
            return false;
        }
        Outcome outcome;
        try {
            Optional<List<NotificationChannel>> order = communes == null ? Optional.empty() : communes.orderOf(n.id());
            outcome = order.isPresent() ? sender.send(n, order.get()) : sender.send(n);
        } catch (RuntimeException e) {
            outcome = new Outcome.RetryLater(e.toString());
        }
        switch (outcome) {
            case Outcome.Accepted accepted -> sending.sent(n.id(), accepted.via(), accepted.providerMessageId());
            case Outcome.RetryLater retry -> {
                log.warn("Sending {} failed (attempt {} of {}): {}", n, n.attempts(), Outbox.MAX_ATTEMPTS, retry.reason());
                sending.failed(n, retry.reason(), retry.on());
            }
            case Outcome.GiveUp giveUp -> {
                log.warn("Gave up {}: {}", n, giveUp.reason());
                sending.gaveUp(n, giveUp.reason());
            }
            case Outcome.Unreachable unreachable -> {
                log.warn("Gave up {}: {}", n, unreachable.reason());
                sending.gaveUp(n, unreachable.reason());
            }
        }
        return outcome instanceof Outcome.Accepted;
    }
}
