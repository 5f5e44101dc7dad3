-- Each commune's choice for the messages it pays for (notification.CommuneMessages, decision 009,
-- "Each commune's choice"): per message kind, the channels a message may take, first to last;
-- and how many messages the commune may queue a day. No row: the installation's order
-- (TRAMSO_NOTIFICATION_CHANNEL_ORDER) and budget (TRAMSO_NOTIFICATION_SMS_PER_COMMUNE_PER_DAY).
CREATE TABLE commune_message_setting (
    commune_id   BIGINT   NOT NULL PRIMARY KEY,
    daily_budget INT,
    changed_by   BIGINT   NOT NULL,
    changed_at   DATETIME NOT NULL,
    CONSTRAINT fk_commune_message_setting_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_commune_message_setting_user FOREIGN KEY (changed_by) REFERENCES user_account (id),
    CONSTRAINT ck_commune_message_setting_budget CHECK (daily_budget BETWEEN 0 AND 5000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commune_channel_order (
    commune_id    BIGINT      NOT NULL,
    kind          VARCHAR(24) NOT NULL,
    channel_order VARCHAR(16) NOT NULL,
    PRIMARY KEY (commune_id, kind),
    CONSTRAINT fk_commune_channel_order_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT ck_commune_channel_order CHECK (channel_order IN ('ZALO,SMS', 'SMS,ZALO', 'SMS', 'ZALO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox knows each message's commune (the one whose budget paid for it), so the sender uses that
-- commune's order. Rows written before take their village's commune; a row without a village (an old
-- concern answer) keeps none and goes in the installation's order.
ALTER TABLE notification ADD COLUMN commune_id BIGINT;

UPDATE notification n JOIN village v ON v.id = n.village_id SET n.commune_id = v.commune_id WHERE n.commune_id IS NULL;
