-- Residents' satisfaction. A rating link is a single-use token (only its SHA-256 is kept) for the
-- help on one booking (the QR on the ticket) or one help session (the QR on the receipt, the
-- volunteer's tablet handed over, or an invitation shown on the village's kiosk). It expires 7 days
-- after the day of help. A rating keeps its channel, never a name or phone; one help is rated once.
CREATE TABLE rating_link (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash      CHAR(64)    NOT NULL,
    village_id      BIGINT      NOT NULL,
    booking_id      BIGINT,
    help_session_id BIGINT,
    at_kiosk        BOOLEAN     NOT NULL DEFAULT FALSE,
    issued_at       DATETIME    NOT NULL,
    expires_at      DATETIME    NOT NULL,
    used_at         DATETIME,
    CONSTRAINT uq_rating_link_token UNIQUE (token_hash),
    CONSTRAINT fk_rating_link_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_rating_link_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE,
    CONSTRAINT fk_rating_link_session FOREIGN KEY (help_session_id) REFERENCES help_session (id),
    CONSTRAINT ck_rating_link_subject CHECK ((booking_id IS NULL) <> (help_session_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rating_link_kiosk ON rating_link (village_id, at_kiosk, used_at, expires_at);

CREATE TABLE rating (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    village_id      BIGINT       NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    booking_id      BIGINT,
    help_session_id BIGINT,
    done_today      BOOLEAN      NOT NULL,
    score           TINYINT      NOT NULL,
    comment         VARCHAR(200),
    created_at      DATETIME     NOT NULL,
    CONSTRAINT uq_rating_booking UNIQUE (booking_id),
    CONSTRAINT uq_rating_session UNIQUE (help_session_id),
    CONSTRAINT fk_rating_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_rating_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE SET NULL,
    CONSTRAINT fk_rating_session FOREIGN KEY (help_session_id) REFERENCES help_session (id),
    CONSTRAINT ck_rating_channel CHECK (channel IN ('KIOSK', 'STAFF_DEVICE', 'OWN_PHONE', 'PUBLIC_QR')),
    CONSTRAINT ck_rating_score CHECK (score BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rating_village_time ON rating (village_id, created_at);

-- What could have been better, asked only after a low score.
CREATE TABLE rating_reason (
    rating_id BIGINT      NOT NULL,
    reason    VARCHAR(24) NOT NULL,
    PRIMARY KEY (rating_id, reason),
    CONSTRAINT fk_rating_reason_rating FOREIGN KEY (rating_id) REFERENCES rating (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The public QR code on a village's kiosk, to rate the cultural house's service in general: a key
-- that is printed and shown, so kept as is; ratings through it are limited per village and hour.
CREATE TABLE rating_public_key (
    village_id BIGINT      NOT NULL PRIMARY KEY,
    public_key VARCHAR(32) NOT NULL,
    created_at DATETIME    NOT NULL,
    CONSTRAINT uq_rating_public_key UNIQUE (public_key),
    CONSTRAINT fk_rating_public_key_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
