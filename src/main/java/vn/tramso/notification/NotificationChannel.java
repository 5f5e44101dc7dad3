package vn.tramso.notification;

/** What carried a message: Zalo ZNS, an SMS brand name, or only the log (no gateway configured). */
public enum NotificationChannel {
    ZALO, SMS, LOG
}
