-- request_id: the id a message is known by at its gateways (eSMS's RequestId, Zalo's tracking_id) and
-- by which eSMS's receipt finds it (notification.SmsReceipts). Random, made when the message is queued
-- (notification.Outbox.enqueue), so a restored backup or a second installation on the same eSMS account
-- never reuses one eSMS saw in its 24-hour window. Rows written before this version keep their id as
-- request id: that is what their earlier attempts sent, so a retry is still refused as a duplicate (124)
-- and their receipts still match. The default is for a node of the previous version still writing
-- during the upgrade (upgrade every node together; see V24); this version's nodes always give one.
-- pinned_channel: the channel whose outcome is unknown (its answer was lost, or it said "retry later"):
-- the message is retried on that channel only, never on another one that would send it a second time
-- (notification.FallbackSender).
ALTER TABLE notification
    ADD COLUMN request_id     VARCHAR(32) NOT NULL DEFAULT (REPLACE(UUID(), '-', '')),
    ADD COLUMN pinned_channel VARCHAR(8),
    ADD CONSTRAINT ck_notification_pinned_channel CHECK (pinned_channel IN ('ZALO', 'SMS', 'LOG'));

UPDATE notification SET request_id = CAST(id AS CHAR);

CREATE UNIQUE INDEX uq_notification_request_id ON notification (request_id);

-- ZaloTokens now writes and compares renewing_until with the database's clock (UTC_TIMESTAMP()), no
-- longer each node's: a claim left from the previous version, written in the app's local time, would
-- look hours away. Every node is upgraded together, so no renewal is running: release it.
UPDATE zalo_token SET renewing_until = NULL;
