-- Messages leave the server through Zalo ZNS and eSMS (notification.MessageGateways).
-- What a message is (kind and the parameters of its Zalo template), what carried it (sent_via:
-- ZALO, SMS, or LOG when no gateway is configured), the provider's id for it, and what the
-- provider's delivery receipt said (delivered_at, failure_reason).
-- The old column `channel` is no longer read or written by this version; it keeps a default. Upgrade
-- every node together for this version (stop the old ones first): an old node would take new rows and
-- mark them sent through its log. Drop the column later.
ALTER TABLE notification
    MODIFY channel VARCHAR(8) NOT NULL DEFAULT 'SMS',
    ADD COLUMN kind                VARCHAR(24),
    ADD COLUMN template_data       VARCHAR(2000),
    ADD COLUMN sent_via            VARCHAR(8),
    ADD COLUMN provider_message_id VARCHAR(64),
    ADD COLUMN delivered_at        DATETIME,
    ADD COLUMN failure_reason      VARCHAR(255),
    DROP CONSTRAINT ck_notification_state,
    ADD CONSTRAINT ck_notification_state CHECK (state IN ('PENDING', 'SENT', 'DELIVERED', 'FAILED', 'CANCELLED')),
    ADD CONSTRAINT ck_notification_sent_via CHECK (sent_via IN ('ZALO', 'SMS', 'LOG'));

-- The Zalo Official Account's token pair. The refresh token works once: exactly one app node renews
-- (it wins a compare-and-set on `version`, Galera-safe: no GET_LOCK, no SELECT ... FOR UPDATE), stores
-- the new pair here before using it, and the other nodes read it from here (notification.ZaloTokens).
-- seeded_from: SHA-256 of the refresh token given by TRAMSO_ZALO_REFRESH_TOKEN, so a new one set by the
-- operator (after a lock-out) replaces the stored pair once, and the first one never does again.
CREATE TABLE zalo_token (
    id             TINYINT       NOT NULL PRIMARY KEY,
    access_token   VARCHAR(1000),
    refresh_token  VARCHAR(1000) NOT NULL,
    expires_at     DATETIME,
    version        BIGINT        NOT NULL DEFAULT 0,
    renewing_until DATETIME,
    seeded_from    CHAR(64)      NOT NULL,
    renewed_at     DATETIME,
    last_error     VARCHAR(255),
    CONSTRAINT ck_zalo_token_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
