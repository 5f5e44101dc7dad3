package vn.tramso.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramso.base.People;

/**
 * The sender when no gateway is configured: notes in the log that a message would have gone, and
 * sends nothing. The log keeps neither the text (it holds booking codes) nor the number: at most its
 * last 3 digits.
 */
class LoggingSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSender.class);

    @Override
    public Outcome send(Notification n) {
        log.info("{} message {} ({} characters) to {} not sent: no gateway configured", n.message().kind(), n.id(),
                n.body().length(), People.maskedPhone(n.recipient()));
        return new Outcome.Accepted(NotificationChannel.LOG, null);
    }
}
