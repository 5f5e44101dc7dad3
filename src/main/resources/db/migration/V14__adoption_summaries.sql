-- Summary tables (a dashboard never scans the raw tables). Events are counted per village and day
-- (stat_*_day, what the refresh rebuilds for a changed day), then rolled up per village and month
-- (stat_*_month, what the dashboards read: every period is whole months). Stocks are a snapshot at
-- each month's end. Each row carries its village's commune and province, so a commune or province
-- adds up its rows through one index. Refreshed from a watermark every few minutes and rebuilt
-- nightly by adoption.SummaryRefresh; see docs/decisions/005-adoption-summaries.md.

-- Help sessions and what they achieved, bookings that were due, ratings and concerns, per village and day.
CREATE TABLE stat_village_day (
    village_id       BIGINT NOT NULL,
    commune_id       BIGINT NOT NULL,
    province_id      BIGINT NOT NULL,
    day              DATE   NOT NULL,
    sessions         INT    NOT NULL DEFAULT 0,
    people           INT    NOT NULL DEFAULT 0,
    new_people       INT    NOT NULL DEFAULT 0,
    alone            INT    NOT NULL DEFAULT 0,
    minutes          INT    NOT NULL DEFAULT 0,
    topics           INT    NOT NULL DEFAULT 0,
    topics_done      INT    NOT NULL DEFAULT 0,
    dossiers_done    INT    NOT NULL DEFAULT 0,
    bookings_over    INT    NOT NULL DEFAULT 0,
    no_shows         INT    NOT NULL DEFAULT 0,
    ratings          INT    NOT NULL DEFAULT 0,
    rating_sum       INT    NOT NULL DEFAULT 0,
    ratings_done     INT    NOT NULL DEFAULT 0,
    concerns_opened  INT    NOT NULL DEFAULT 0,
    concerns_closed  INT    NOT NULL DEFAULT 0,
    concerns_on_time INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (day, village_id)
) ENGINE = InnoDB;

-- Topics worked on, by outcome and, when not done, why not: "outcomes not reached and why".
CREATE TABLE stat_topic_day (
    village_id  BIGINT      NOT NULL,
    commune_id  BIGINT      NOT NULL,
    province_id BIGINT      NOT NULL,
    day         DATE        NOT NULL,
    topic       VARCHAR(32) NOT NULL,
    outcome     VARCHAR(16) NOT NULL,
    reason      VARCHAR(24) NOT NULL DEFAULT '',
    sessions    INT         NOT NULL,
    PRIMARY KEY (day, village_id, topic, outcome, reason)
) ENGINE = InnoDB;

-- How many sessions lasted each number of minutes, so the median of any period is exact.
CREATE TABLE stat_minutes_day (
    village_id  BIGINT   NOT NULL,
    commune_id  BIGINT   NOT NULL,
    province_id BIGINT   NOT NULL,
    day         DATE     NOT NULL,
    minutes     SMALLINT NOT NULL,
    sessions    INT      NOT NULL,
    PRIMARY KEY (day, village_id, minutes)
) ENGINE = InnoDB;

-- The same three per month, for each village and rolled up for each commune and province: what
-- the dashboards read. A place's row is found by (level, place_id), its children's rows by
-- (level, parent_id): a province overview reads about a hundred rows a month, not a thousand.
CREATE TABLE stat_events_month (
    level            VARCHAR(8) NOT NULL,
    place_id         BIGINT     NOT NULL,
    parent_id        BIGINT     NOT NULL,
    province_id      BIGINT     NOT NULL,
    month            DATE       NOT NULL,
    sessions         INT        NOT NULL,
    people           INT        NOT NULL,
    new_people       INT        NOT NULL,
    alone            INT        NOT NULL,
    minutes          INT        NOT NULL,
    topics           INT        NOT NULL,
    topics_done      INT        NOT NULL,
    dossiers_done    INT        NOT NULL,
    bookings_over    INT        NOT NULL,
    no_shows         INT        NOT NULL,
    ratings          INT        NOT NULL,
    rating_sum       INT        NOT NULL,
    ratings_done     INT        NOT NULL,
    concerns_opened  INT        NOT NULL,
    concerns_closed  INT        NOT NULL,
    concerns_on_time INT        NOT NULL,
    active_villages  INT        NOT NULL,
    PRIMARY KEY (level, place_id, month),
    INDEX ix_stat_events_parent (level, parent_id, month),
    INDEX ix_stat_events_province (level, province_id, month),
    CONSTRAINT ck_stat_events_level CHECK (level IN ('VILLAGE', 'COMMUNE', 'PROVINCE'))
) ENGINE = InnoDB;

CREATE TABLE stat_topic_month (
    level       VARCHAR(8)  NOT NULL,
    place_id    BIGINT      NOT NULL,
    parent_id   BIGINT      NOT NULL,
    month       DATE        NOT NULL,
    topic       VARCHAR(32) NOT NULL,
    outcome     VARCHAR(16) NOT NULL,
    reason      VARCHAR(24) NOT NULL,
    sessions    INT         NOT NULL,
    PRIMARY KEY (level, place_id, month, topic, outcome, reason)
) ENGINE = InnoDB;

CREATE TABLE stat_minutes_month (
    level       VARCHAR(8) NOT NULL,
    place_id    BIGINT     NOT NULL,
    parent_id   BIGINT     NOT NULL,
    month       DATE       NOT NULL,
    minutes     SMALLINT   NOT NULL,
    sessions    INT        NOT NULL,
    PRIMARY KEY (level, place_id, month, minutes),
    INDEX ix_stat_minutes_parent (level, parent_id, month)
) ENGINE = InnoDB;

-- Stocks at the end of each month (or today, for the current month), per village.
CREATE TABLE stat_village_month (
    village_id          BIGINT NOT NULL,
    commune_id          BIGINT NOT NULL,
    province_id         BIGINT NOT NULL,
    month               DATE   NOT NULL,
    adults              INT    NOT NULL,
    adults_vneid1       INT    NOT NULL,
    adults_vneid2       INT    NOT NULL,
    households          INT    NOT NULL,
    digital_households  INT    NOT NULL,
    reached_households  INT    NOT NULL,
    assigned_households INT    NOT NULL,
    PRIMARY KEY (village_id, month)
) ENGINE = InnoDB;

CREATE INDEX ix_stat_month_commune ON stat_village_month (commune_id, month);
CREATE INDEX ix_stat_month_province ON stat_village_month (province_id, month);

-- Up to when the summaries have read the raw tables.
CREATE TABLE stat_refresh (
    name         VARCHAR(32) NOT NULL PRIMARY KEY,
    watermark    DATETIME    NOT NULL,
    refreshed_at DATETIME    NOT NULL
) ENGINE = InnoDB;

-- What changed since the watermark is found by these.
CREATE INDEX ix_session_updated ON help_session (updated_at);
CREATE INDEX ix_rating_created ON rating (created_at);
CREATE INDEX ix_fact_recorded ON member_fact (recorded_at);
CREATE INDEX ix_household_updated ON household (updated_at);
CREATE INDEX ix_member_updated ON household_member (updated_at);

-- Targets per place, indicator and year, set by the province or the commune.
CREATE TABLE indicator_target (
    place_level VARCHAR(16)   NOT NULL,
    place_id    BIGINT        NOT NULL,
    indicator   VARCHAR(32)   NOT NULL,
    year        SMALLINT      NOT NULL,
    value       DECIMAL(12, 2) NOT NULL,
    set_by      BIGINT        NOT NULL,
    set_at      DATETIME      NOT NULL,
    PRIMARY KEY (place_level, place_id, indicator, year),
    CONSTRAINT fk_target_set_by FOREIGN KEY (set_by) REFERENCES user_account (id),
    CONSTRAINT ck_target_level CHECK (place_level IN ('PROVINCE', 'COMMUNE', 'VILLAGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Days are refreshed by range of time, so each raw table is read by its time.
CREATE INDEX ix_session_started ON help_session (started_at);
CREATE INDEX ix_booking_day ON booking (service_date);
CREATE INDEX ix_concern_created ON concern (created_at);
CREATE INDEX ix_concern_closed ON concern (closed_at);
CREATE INDEX ix_booking_finished ON booking (finished_at);
