/**
 * The notification outbox: SMS and Zalo messages written in the same transaction as what caused
 * them, and sent afterwards by a pluggable {@link vn.tramso.notification.NotificationSender} with
 * bounded, idempotent retries. No real gateway is called by default.
 */
package vn.tramso.notification;
