/**
 * The notification outbox: SMS and Zalo messages written in the same transaction as what caused
 * them, and sent afterwards through the configured gateways ({@link vn.tramso.notification.MessageGateways}:
 * Zalo ZNS, then eSMS brand-name SMS; only the log when none is set) with bounded, idempotent
 * retries, and eSMS's delivery receipts ({@link vn.tramso.notification.SmsReceipts}); each commune's
 * choice of channels per kind of message and its daily budget ({@link vn.tramso.notification.CommuneMessages}). Decisions:
 * docs/decisions/009-message-channels.md.
 */
package vn.tramso.notification;
