package vn.tramso.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default sender: writes the message to the log (recipient masked) and sends nothing. */
class LoggingSender implements NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingSender.class);

    @Override
    public void send(Notification n) {
        String to = n.recipient().length() > 6 ? n.recipient().substring(0, 4) + "***" + n.recipient().substring(7) : "***";
        log.info("{} to {} (not sent: no gateway configured): {}", n.channel(), to, n.body());
    }
}
