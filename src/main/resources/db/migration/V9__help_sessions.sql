-- A help session: what a volunteer's help achieved, the record adoption is measured from. It is its
-- own record, not part of the booking: it keeps no name or phone and outlives the booking's
-- retention (booking_id becomes NULL when the booking is deleted). The person is a household
-- member, or anonymous (age band and gender), or a group (a class at the cultural house).
CREATE TABLE help_session (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    village_id     BIGINT       NOT NULL,
    volunteer_id   BIGINT       NOT NULL,
    booking_id     BIGINT,
    started_at     DATETIME     NOT NULL,
    minutes        SMALLINT     NOT NULL,
    place          VARCHAR(16)  NOT NULL,
    autonomy       VARCHAR(16)  NOT NULL,
    referral       VARCHAR(16)  NOT NULL DEFAULT 'NONE',
    referral_state VARCHAR(16),
    first_visit    BOOLEAN      NOT NULL,
    member_id      BIGINT,
    age_band       VARCHAR(16),
    gender         VARCHAR(8),
    group_title    VARCHAR(120),
    head_count     SMALLINT     NOT NULL DEFAULT 1,
    notes          VARCHAR(280),
    created_at     DATETIME     NOT NULL,
    updated_at     DATETIME     NOT NULL,
    deleted_at     DATETIME,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_session_booking UNIQUE (booking_id),
    CONSTRAINT fk_session_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_session_volunteer FOREIGN KEY (volunteer_id) REFERENCES user_account (id),
    CONSTRAINT fk_session_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE SET NULL,
    CONSTRAINT fk_session_member FOREIGN KEY (member_id) REFERENCES household_member (id),
    CONSTRAINT ck_session_minutes CHECK (minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_session_place CHECK (place IN ('CULTURAL_HOUSE', 'HOME', 'PHONE', 'ELSEWHERE')),
    CONSTRAINT ck_session_autonomy CHECK (autonomy IN ('DONE_FOR_THEM', 'WITH_HELP', 'ALONE')),
    CONSTRAINT ck_session_referral CHECK (referral IN ('NONE', 'POLICE', 'ONE_STOP', 'ELSEWHERE')),
    CONSTRAINT ck_session_referral_state CHECK ((referral = 'NONE') = (referral_state IS NULL)
        AND (referral_state IS NULL OR referral_state IN ('OPEN', 'DONE', 'DROPPED'))),
    CONSTRAINT ck_session_age_band CHECK (age_band IS NULL OR age_band IN ('UNDER_30', 'FROM_30', 'FROM_60', 'FROM_75')),
    CONSTRAINT ck_session_gender CHECK (gender IS NULL OR gender IN ('NAM', 'NU', 'KHAC')),
    CONSTRAINT ck_session_head_count CHECK (head_count BETWEEN 1 AND 500),
    CONSTRAINT ck_session_group CHECK (group_title IS NULL OR member_id IS NULL),
    CONSTRAINT ck_session_one_person CHECK (group_title IS NOT NULL OR head_count = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_village_time ON help_session (village_id, started_at);
CREATE INDEX ix_session_volunteer_time ON help_session (volunteer_id, started_at);

-- The topics of a session, each with its outcome and, when not done, why not.
CREATE TABLE help_session_topic (
    session_id BIGINT      NOT NULL,
    topic      VARCHAR(32) NOT NULL,
    outcome    VARCHAR(16) NOT NULL,
    reason     VARCHAR(24),
    PRIMARY KEY (session_id, topic),
    CONSTRAINT fk_session_topic_session FOREIGN KEY (session_id) REFERENCES help_session (id),
    CONSTRAINT ck_session_topic_outcome CHECK (outcome IN ('DONE', 'STARTED', 'COULD_NOT')),
    CONSTRAINT ck_session_topic_reason CHECK (reason IS NULL OR (outcome <> 'DONE' AND reason IN
        ('NO_CHIP_ID', 'NO_SMARTPHONE', 'NO_NETWORK', 'WAITING_POLICE', 'SIM_NOT_OWN', 'FORGOT_LOGIN', 'NO_TIME', 'OTHER')))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change to a session, appended, never edited: who, when, why, and the record as it was after.
CREATE TABLE help_session_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id BIGINT       NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    changed_by BIGINT       NOT NULL,
    changed_at DATETIME     NOT NULL,
    reason     VARCHAR(200),
    record     VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_session_change_session FOREIGN KEY (session_id) REFERENCES help_session (id),
    CONSTRAINT fk_session_change_by FOREIGN KEY (changed_by) REFERENCES user_account (id),
    CONSTRAINT ck_session_change_kind CHECK (kind IN ('CREATED', 'EDITED', 'DELETED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_change ON help_session_change (session_id, changed_at);

-- A fact a session recorded points at it.
ALTER TABLE member_fact ADD CONSTRAINT fk_fact_session FOREIGN KEY (session_id) REFERENCES help_session (id);

-- A booking finished without a help session says why (the resident left, it was only a question, ...).
ALTER TABLE booking ADD COLUMN no_record_reason VARCHAR(24),
    ADD CONSTRAINT ck_booking_no_record CHECK (no_record_reason IS NULL
        OR no_record_reason IN ('LEFT', 'QUESTION_ONLY', 'RECORDED_ELSEWHERE', 'OTHER'));
