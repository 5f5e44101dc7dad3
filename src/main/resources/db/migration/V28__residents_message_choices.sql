-- What residents chose about messages to their phone (notification.MessageChoices), kept as a record:
-- one row per choice, never updated, so the consent a message relied on can be shown later
-- (Personal Data Protection Law 91/2025: explicit consent, withdrawn as easily as given, provable).
--   topic ALERTS: scam alerts of one commune by Zalo/SMS; granted TRUE = agreed, FALSE = withdrawn.
--   topic ALL:    every message the resident did not ask for right then; granted FALSE = refused
--                 (a reply "TC", the kiosk, a volunteer), TRUE = accepted again.
-- via: KIOSK (kiosk_device_id), VOLUNTEER (recorded_by, the resident present), REPLY (provider_ref:
-- the provider's id of the reply, so a repeated delivery of one reply is one row).
-- wording: the sentence the resident agreed to, as shown to them.
CREATE TABLE message_choice (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    phone           VARCHAR(15)  NOT NULL,
    topic           VARCHAR(10)  NOT NULL,
    granted         BOOLEAN      NOT NULL,
    commune_id      BIGINT,
    village_id      BIGINT,
    via             VARCHAR(10)  NOT NULL,
    recorded_by     BIGINT,
    kiosk_device_id BIGINT,
    provider_ref    VARCHAR(64),
    wording         VARCHAR(600) NOT NULL,
    recorded_at     DATETIME     NOT NULL,
    CONSTRAINT uq_message_choice_reply UNIQUE (provider_ref),
    INDEX ix_message_choice_phone (phone, topic, recorded_at),
    INDEX ix_message_choice_commune (commune_id, topic, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
