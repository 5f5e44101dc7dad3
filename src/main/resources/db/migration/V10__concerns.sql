-- The concerns diary (nhật ký dân vận): residents' concerns and wishes, recorded by a volunteer or
-- 1+10 member (from a home visit, a help session, a phone call) or by a resident at the kiosk,
-- answered by the commune and brought back to the resident. Every change of status is appended to
-- concern_event, never edited or deleted.
CREATE TABLE concern (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    village_id    BIGINT        NOT NULL,
    household_id  BIGINT,
    session_id    BIGINT,
    category      VARCHAR(24)   NOT NULL,
    text          VARCHAR(500)  NOT NULL,
    source        VARCHAR(16)   NOT NULL,
    recorded_by   BIGINT,
    contact_phone VARCHAR(16),
    status        VARCHAR(16)   NOT NULL,
    answer        VARCHAR(1000),
    referred_to   VARCHAR(160),
    duplicate_of  BIGINT,
    due_at        DATETIME      NOT NULL,
    created_at    DATETIME      NOT NULL,
    answered_at   DATETIME,
    closed_at     DATETIME,
    version       INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_concern_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_concern_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_concern_session FOREIGN KEY (session_id) REFERENCES help_session (id),
    CONSTRAINT fk_concern_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id),
    CONSTRAINT fk_concern_duplicate FOREIGN KEY (duplicate_of) REFERENCES concern (id),
    CONSTRAINT ck_concern_category CHECK (category IN ('ROADS_LIGHTING', 'LAND_HOUSING', 'SOCIAL_ALLOWANCE',
        'HEALTH_INSURANCE', 'ONLINE_SERVICES', 'SECURITY_SCAMS', 'ENVIRONMENT', 'OTHER')),
    CONSTRAINT ck_concern_source CHECK (source IN ('HOME_VISIT', 'SESSION', 'PHONE', 'KIOSK')),
    CONSTRAINT ck_concern_status CHECK (status IN ('NEW', 'FORWARDED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED',
        'NOT_COMPETENT', 'DUPLICATE')),
    CONSTRAINT ck_concern_answered CHECK (status NOT IN ('ANSWERED') OR answer IS NOT NULL),
    CONSTRAINT ck_concern_referred CHECK (status <> 'NOT_COMPETENT' OR referred_to IS NOT NULL),
    CONSTRAINT ck_concern_duplicate CHECK (status <> 'DUPLICATE' OR duplicate_of IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_concern_village ON concern (village_id, status, due_at);

CREATE TABLE concern_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    concern_id  BIGINT        NOT NULL,
    at          DATETIME      NOT NULL,
    by_user     BIGINT,
    from_status VARCHAR(16),
    to_status   VARCHAR(16)   NOT NULL,
    note        VARCHAR(1000),
    CONSTRAINT fk_concern_event_concern FOREIGN KEY (concern_id) REFERENCES concern (id),
    CONSTRAINT fk_concern_event_by FOREIGN KEY (by_user) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_concern_event ON concern_event (concern_id, at);

-- How long the commune gives itself to answer each category; 7 days when it has not said.
CREATE TABLE concern_due (
    commune_id BIGINT      NOT NULL,
    category   VARCHAR(24) NOT NULL,
    due_days   SMALLINT    NOT NULL,
    PRIMARY KEY (commune_id, category),
    CONSTRAINT fk_concern_due_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT ck_concern_due_days CHECK (due_days BETWEEN 1 AND 90)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
