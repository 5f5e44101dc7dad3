-- Volunteer help at the cultural house: a weekly duty schedule, the days it is closed, bookings
-- (appointments in a slot, and walk-ins joining the day's queue) and the notification outbox.

-- A recurring weekly slot in which volunteers are on duty. Capacity: how many residents the
-- volunteers on duty can help in the slot (about one per volunteer).
CREATE TABLE duty_slot (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    village_id  BIGINT   NOT NULL,
    day_of_week TINYINT  NOT NULL,
    starts_at   TIME     NOT NULL,
    ends_at     TIME     NOT NULL,
    capacity    SMALLINT NOT NULL,
    CONSTRAINT fk_duty_slot_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT uq_duty_slot UNIQUE (village_id, day_of_week, starts_at),
    CONSTRAINT ck_duty_slot_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_duty_slot_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_duty_slot_capacity CHECK (capacity BETWEEN 1 AND 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Days without duty (holidays, the cultural house in use for something else).
CREATE TABLE duty_closure (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    village_id BIGINT       NOT NULL,
    closed_on  DATE         NOT NULL,
    reason     VARCHAR(160) NOT NULL,
    CONSTRAINT fk_duty_closure_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT uq_duty_closure UNIQUE (village_id, closed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The guard against overbooking: one row per dated slot that has been booked, holding the
-- capacity it was opened with and the places taken. Bookings take a place with a guarded
-- UPDATE (... WHERE booked < capacity) under the row lock, and the CHECK refuses any write that
-- would overfill the slot whatever code path it comes from.
CREATE TABLE slot_load (
    village_id BIGINT   NOT NULL,
    slot_date  DATE     NOT NULL,
    starts_at  TIME     NOT NULL,
    capacity   SMALLINT NOT NULL,
    booked     SMALLINT NOT NULL DEFAULT 0,
    PRIMARY KEY (village_id, slot_date, starts_at),
    CONSTRAINT fk_slot_load_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT ck_slot_load_booked CHECK (booked >= 0 AND booked <= capacity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Ticket numbers: 1, 2, 3, ... per cultural house and day.
CREATE TABLE ticket_counter (
    village_id  BIGINT NOT NULL,
    ticket_date DATE   NOT NULL,
    last_number INT    NOT NULL,
    PRIMARY KEY (village_id, ticket_date),
    CONSTRAINT fk_ticket_counter_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A booking keeps only what helping needs: a name, a phone number for an appointment's reminder
-- (a walk-in gives none), the village and the topic. No ID-card number, birth date or address.
CREATE TABLE booking (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            CHAR(8)      NOT NULL,
    idempotency_key VARCHAR(64)  NOT NULL,
    village_id      BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    service_date    DATE         NOT NULL,
    slot_starts_at  TIME,
    slot_ends_at    TIME,
    ticket_number   INT          NOT NULL,
    topic           VARCHAR(32)  NOT NULL,
    guide_id        VARCHAR(64),
    guide_step      SMALLINT,
    resident_name   VARCHAR(80)  NOT NULL,
    phone           VARCHAR(16),
    channel         VARCHAR(16)  NOT NULL,
    booked_by       BIGINT,
    state           VARCHAR(16)  NOT NULL,
    created_at      DATETIME     NOT NULL,
    checked_in_at   DATETIME,
    called_at       DATETIME,
    started_at      DATETIME,
    finished_at     DATETIME,
    volunteer_id    BIGINT,
    CONSTRAINT uq_booking_code UNIQUE (code),
    CONSTRAINT uq_booking_idempotency UNIQUE (idempotency_key),
    CONSTRAINT uq_booking_ticket UNIQUE (village_id, service_date, ticket_number),
    CONSTRAINT fk_booking_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT fk_booking_booked_by FOREIGN KEY (booked_by) REFERENCES user_account (id),
    CONSTRAINT fk_booking_volunteer FOREIGN KEY (volunteer_id) REFERENCES user_account (id),
    CONSTRAINT ck_booking_kind CHECK (kind IN ('APPOINTMENT', 'WALK_IN')),
    CONSTRAINT ck_booking_slot CHECK (kind <> 'APPOINTMENT' OR (slot_starts_at IS NOT NULL AND slot_ends_at IS NOT NULL)),
    CONSTRAINT ck_booking_channel CHECK (channel IN ('KIOSK', 'PHONE_CALL', 'HOME_VISIT', 'DESK')),
    CONSTRAINT ck_booking_state CHECK (state IN ('BOOKED', 'WAITING', 'CALLED', 'IN_HELP', 'DONE', 'NO_SHOW', 'CANCELLED')),
    CONSTRAINT ck_booking_code CHECK (code REGEXP '^[0-9]{8}$'),
    CONSTRAINT ck_booking_phone CHECK (kind <> 'APPOINTMENT' OR phone IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_booking_queue ON booking (village_id, service_date, state);

-- Outbox of SMS/Zalo messages: written in the booking's transaction, sent afterwards by a
-- pluggable sender with bounded retries. dedupe_key makes enqueuing the same message twice a no-op.
CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    booking_id   BIGINT,
    dedupe_key   VARCHAR(100) NOT NULL,
    channel      VARCHAR(8)   NOT NULL,
    recipient    VARCHAR(16)  NOT NULL,
    body         VARCHAR(480) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    due_at       DATETIME     NOT NULL,
    attempts     SMALLINT     NOT NULL DEFAULT 0,
    last_error   VARCHAR(255),
    sent_at      DATETIME,
    created_at   DATETIME     NOT NULL,
    CONSTRAINT uq_notification_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_notification_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE,
    CONSTRAINT ck_notification_channel CHECK (channel IN ('SMS', 'ZALO')),
    CONSTRAINT ck_notification_state CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_due ON notification (state, due_at);
