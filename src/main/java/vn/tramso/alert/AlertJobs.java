package vn.tramso.alert;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every minute, open kiosks look again, so an alert appears when its time starts and goes when it ends. */
@Component
@ConditionalOnProperty(name = "tramso.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class AlertJobs {

    private final AlertNotices notices;

    AlertJobs(AlertNotices notices) {
        this.notices = notices;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void lookAgain() {
        notices.tell();
    }
}
