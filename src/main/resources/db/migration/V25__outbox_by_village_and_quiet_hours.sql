-- The leaders' outbox screen shows messages per village (notification.ui.OutboxView): each message
-- keeps the village it is about (the booking's, the concern's). Rows written before this version
-- take their booking's village; a concern's answer written before has none and is not shown.
-- held_at: when the quiet hours (21:00-07:00) last moved the message to 07:00 (notification.QuietHours).
ALTER TABLE notification
    ADD COLUMN village_id BIGINT,
    ADD COLUMN held_at    DATETIME;

UPDATE notification n JOIN booking b ON b.id = n.booking_id SET n.village_id = b.village_id WHERE n.village_id IS NULL;

CREATE INDEX ix_notification_village ON notification (village_id, created_at);
