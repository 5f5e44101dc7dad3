-- Kiosk usage (issue 24: where residents get stuck), owned by the usage feature.
-- Raw events are anonymous: a random visit id that lives only as long as the kiosk's visit (the
-- HTTP session, or the offline page's memory), no person, no phone, nothing else. They are deleted
-- after usage.UsageSummaries.KEEP_DAYS; the daily summaries (counts only) are kept.
CREATE TABLE usage_event (
    id          CHAR(36)     NOT NULL,
    village_id  BIGINT       NOT NULL,
    kiosk_id    VARCHAR(64)  NOT NULL,
    visit       CHAR(36)     NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    guide_id    VARCHAR(64)  NULL,
    step        SMALLINT     NULL,
    at          DATETIME     NOT NULL,
    received_at DATETIME     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_usage_event_day (at, village_id),
    KEY ix_usage_event_received (received_at)
) ENGINE = InnoDB;

-- Per village and day: visits (distinct visit ids with any event) and guides finished (distinct visit × guide).
CREATE TABLE usage_day (
    village_id      BIGINT NOT NULL,
    commune_id      BIGINT NOT NULL,
    province_id     BIGINT NOT NULL,
    day             DATE   NOT NULL,
    visits          INT    NOT NULL,
    guides_finished INT    NOT NULL,
    PRIMARY KEY (day, village_id),
    KEY ix_usage_day_village (village_id, day),
    KEY ix_usage_day_commune (commune_id, day),
    KEY ix_usage_day_province (province_id, day)
) ENGINE = InnoDB;

-- Per village, day, guide, step and kind of event: the visits that had it (each visit once).
CREATE TABLE usage_step_day (
    village_id  BIGINT      NOT NULL,
    commune_id  BIGINT      NOT NULL,
    province_id BIGINT      NOT NULL,
    day         DATE        NOT NULL,
    guide_id    VARCHAR(64) NOT NULL,
    step        SMALLINT    NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    visits      INT         NOT NULL,
    PRIMARY KEY (day, village_id, guide_id, step, kind),
    KEY ix_usage_step_village (village_id, day),
    KEY ix_usage_step_commune (commune_id, day)
) ENGINE = InnoDB;

-- When the summaries last read the raw events.
CREATE TABLE usage_refresh (
    name      VARCHAR(16) NOT NULL,
    watermark DATETIME    NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;
