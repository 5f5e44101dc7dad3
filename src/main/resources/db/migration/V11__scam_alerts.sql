-- Scam alerts: a commune leader (or a province admin, for many communes) warns every kiosk of the
-- chosen communes about the newest scam, from a time to a time. Withdrawn alerts are kept.
CREATE TABLE scam_alert (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(120) NOT NULL,
    text         VARCHAR(500) NOT NULL,
    valid_from   DATETIME     NOT NULL,
    valid_to     DATETIME     NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME     NOT NULL,
    withdrawn_at DATETIME,
    CONSTRAINT fk_alert_created_by FOREIGN KEY (created_by) REFERENCES user_account (id),
    CONSTRAINT ck_alert_period CHECK (valid_to > valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scam_alert_commune (
    alert_id   BIGINT NOT NULL,
    commune_id BIGINT NOT NULL,
    PRIMARY KEY (alert_id, commune_id),
    CONSTRAINT fk_alert_commune_alert FOREIGN KEY (alert_id) REFERENCES scam_alert (id),
    CONSTRAINT fk_alert_commune_commune FOREIGN KEY (commune_id) REFERENCES commune (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_alert_commune ON scam_alert_commune (commune_id, alert_id);
