package vn.tramso.notification;

public enum NotificationState {
    PENDING, SENT, FAILED, CANCELLED
}
