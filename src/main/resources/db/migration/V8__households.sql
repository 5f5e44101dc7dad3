-- Households of each village and their members, as the village's register knows them, with each
-- member's digital status kept as dated facts, and the "1+10" assignments of households to the
-- member who looks after them. Personal data is only what the purpose needs: a name, a birth year,
-- a gender, a phone if given. A member's own data can be erased on request (PDP Law 91/2025): the
-- name, birth year and phone become NULL, while "adult" and the facts stay, so counts do not change.
CREATE TABLE household (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    village_id    BIGINT       NOT NULL,
    code          VARCHAR(32)  NOT NULL,
    head_name     VARCHAR(80),
    hamlet        VARCHAR(80),
    address_line  VARCHAR(160),
    last_visit_on DATE,
    created_at    DATETIME     NOT NULL,
    updated_at    DATETIME     NOT NULL,
    CONSTRAINT uq_household_code UNIQUE (village_id, code),
    CONSTRAINT fk_household_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE household_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id BIGINT      NOT NULL,
    full_name    VARCHAR(80),
    birth_year   SMALLINT,
    adult        BOOLEAN     NOT NULL,
    gender       VARCHAR(8),
    phone        VARCHAR(16),
    erased_at    DATETIME,
    created_at   DATETIME    NOT NULL,
    updated_at   DATETIME    NOT NULL,
    -- the same person is not entered twice in a household (erased members, with NULLs, never clash)
    CONSTRAINT uq_member UNIQUE (household_id, full_name, birth_year),
    CONSTRAINT fk_member_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT ck_member_gender CHECK (gender IS NULL OR gender IN ('NAM', 'NU', 'KHAC')),
    CONSTRAINT ck_member_erased CHECK (erased_at IS NULL OR (full_name IS NULL AND birth_year IS NULL AND phone IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's digital status as dated facts: the current value of a kind is its latest fact. Facts
-- come from a help session's outcome (with the session), from a volunteer by hand, or from an import.
CREATE TABLE member_fact (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id   BIGINT      NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    value       SMALLINT    NOT NULL,
    as_of       DATE        NOT NULL,
    source      VARCHAR(16) NOT NULL,
    session_id  BIGINT,
    recorded_by BIGINT,
    recorded_at DATETIME    NOT NULL,
    CONSTRAINT fk_fact_member FOREIGN KEY (member_id) REFERENCES household_member (id),
    CONSTRAINT fk_fact_recorded_by FOREIGN KEY (recorded_by) REFERENCES user_account (id),
    CONSTRAINT ck_fact_source CHECK (source IN ('SESSION', 'VOLUNTEER', 'IMPORT')),
    CONSTRAINT ck_fact_value CHECK (value BETWEEN 0 AND 2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_fact_member ON member_fact (member_id, kind, as_of);
CREATE INDEX ix_fact_session ON member_fact (session_id);

-- "1+10": a member (a staff account: party member or team volunteer) looks after about ten
-- households. Assignments are dated and never deleted; a household has at most one open one.
CREATE TABLE household_assignment (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id   BIGINT NOT NULL,
    member_user_id BIGINT NOT NULL,
    assigned_on    DATE   NOT NULL,
    ended_on       DATE,
    assigned_by    BIGINT,
    open_household BIGINT AS (IF(ended_on IS NULL, household_id, NULL)) PERSISTENT,
    CONSTRAINT uq_open_assignment UNIQUE (open_household),
    CONSTRAINT fk_assignment_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_assignment_member FOREIGN KEY (member_user_id) REFERENCES user_account (id),
    CONSTRAINT fk_assignment_by FOREIGN KEY (assigned_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_member ON household_assignment (member_user_id, ended_on);
