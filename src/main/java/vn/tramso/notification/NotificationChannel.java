package vn.tramso.notification;

public enum NotificationChannel {
    SMS, ZALO
}
