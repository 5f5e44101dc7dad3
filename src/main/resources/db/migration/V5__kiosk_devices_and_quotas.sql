-- Kiosk browsers must be enrolled: an admin issues a one-time code for a kiosk, the kiosk's browser
-- opens it once and receives a long random device token in a cookie. Only SHA-256 hashes of codes
-- and tokens are stored, so a copy of the database enrols nothing. See docs/security.md.
CREATE TABLE kiosk_enrolment (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    kiosk_id   BIGINT   NOT NULL,
    code_hash  CHAR(64) NOT NULL,
    created_by BIGINT,
    created_at DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    used_at    DATETIME,
    CONSTRAINT uq_kiosk_enrolment_code UNIQUE (code_hash),
    CONSTRAINT fk_kiosk_enrolment_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk (id),
    CONSTRAINT fk_kiosk_enrolment_user FOREIGN KEY (created_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kiosk_device (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kiosk_id     BIGINT       NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    enrolled_via VARCHAR(16)  NOT NULL,
    enrolled_at  DATETIME     NOT NULL,
    browser      VARCHAR(160),
    last_seen_at DATETIME,
    revoked_at   DATETIME,
    revoked_by   BIGINT,
    CONSTRAINT uq_kiosk_device_token UNIQUE (token_hash),
    CONSTRAINT fk_kiosk_device_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk (id),
    CONSTRAINT fk_kiosk_device_revoked_by FOREIGN KEY (revoked_by) REFERENCES user_account (id),
    CONSTRAINT ck_kiosk_device_via CHECK (enrolled_via IN ('CODE', 'LOCAL_DEMO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Quotas held by the database, like slot places: one counter row per quota, subject and period
-- (an hour, a week, a day). A use is INSERT ... ON DUPLICATE KEY UPDATE used = used + 1, which
-- takes the row's exclusive lock until commit; the CHECK refuses the use past the limit. Subjects
-- that are personal (a phone number) are stored hashed, and rows are deleted after 8 days.
CREATE TABLE quota_use (
    quota        VARCHAR(32) NOT NULL,
    subject      VARCHAR(64) NOT NULL,
    period_start DATETIME    NOT NULL,
    lim          INT         NOT NULL,
    used         INT         NOT NULL,
    PRIMARY KEY (quota, subject, period_start),
    CONSTRAINT ck_quota_use CHECK (used >= 0 AND used <= lim)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
