-- Summary tables the dashboards read (a page never scans the raw tables). Each row belongs to one
-- village and carries its commune and province, so a commune or province adds up its rows by one
-- index. Events are per village and day (they sum over any period); stocks are a snapshot at each
-- month's end (a period takes its last month's). Refreshed from a watermark every few minutes and
-- rebuilt nightly by adoption.SummaryRefresh; see docs/decisions/005-adoption-summaries.md.

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
    PRIMARY KEY (village_id, day)
) ENGINE = InnoDB;

CREATE INDEX ix_stat_day_commune ON stat_village_day (commune_id, day);
CREATE INDEX ix_stat_day_province ON stat_village_day (province_id, day);

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
    PRIMARY KEY (village_id, day, topic, outcome, reason)
) ENGINE = InnoDB;

CREATE INDEX ix_stat_topic_commune ON stat_topic_day (commune_id, day);
CREATE INDEX ix_stat_topic_province ON stat_topic_day (province_id, day);

-- How many sessions lasted each number of minutes, so the median of any period is exact.
CREATE TABLE stat_minutes_day (
    village_id  BIGINT   NOT NULL,
    commune_id  BIGINT   NOT NULL,
    province_id BIGINT   NOT NULL,
    day         DATE     NOT NULL,
    minutes     SMALLINT NOT NULL,
    sessions    INT      NOT NULL,
    PRIMARY KEY (village_id, day, minutes)
) ENGINE = InnoDB;

CREATE INDEX ix_stat_minutes_commune ON stat_minutes_day (commune_id, day);
CREATE INDEX ix_stat_minutes_province ON stat_minutes_day (province_id, day);

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
