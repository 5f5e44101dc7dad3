package vn.tramso.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/** Sends what is due in the outbox, one message at a time, each claimed before it is sent. */
@Service
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 100;

    private final Outbox outbox;
    private final NotificationSender sender;

    OutboxDispatcher(Outbox outbox, NotificationSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    /** @return how many messages were sent in this round */
    public int dispatchDue() {
        int sent = 0;
        for (long id : outbox.due(BATCH)) {
            var claimed = outbox.claim(id);
            if (claimed.isEmpty()) {
                continue; // another dispatcher took it
            }
            Notification n = claimed.get();
            try {
                sender.send(n);
                outbox.sent(n.id());
                sent++;
            } catch (Exception e) {
                log.warn("Sending {} failed (attempt {} of {}): {}", n, n.attempts(), Outbox.MAX_ATTEMPTS, e.toString());
                outbox.failed(n, e.toString());
            }
        }
        return sent;
    }

    /** Without a gateway bean of its own, the app logs messages instead of sending them. */
    @Configuration
    static class DefaultSender {

        @Bean
        @ConditionalOnMissingBean
        NotificationSender notificationSender() {
            return new LoggingSender();
        }
    }
}
