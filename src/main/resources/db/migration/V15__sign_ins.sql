-- Every staff sign-in attempt: who (the name typed, known or not), from which address, when, and
-- how it ended. Failures in the last 15 minutes, per name and per address, throttle further tries
-- (account.SignIns); kept 180 days for the admins' review, never with a password.
CREATE TABLE sign_in_event (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    at       DATETIME     NOT NULL,
    username VARCHAR(64)  NOT NULL,
    address  VARCHAR(45)  NOT NULL,
    outcome  VARCHAR(12)  NOT NULL,
    CONSTRAINT ck_sign_in_outcome CHECK (outcome IN ('SUCCESS', 'FAILED', 'DISABLED', 'THROTTLED')),
    INDEX ix_sign_in_username (username, outcome, at),
    INDEX ix_sign_in_address (address, outcome, at),
    INDEX ix_sign_in_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
