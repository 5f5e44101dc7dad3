-- Erasure that lasts (PDP Law 91/2025, security review issue 18).
--
-- A member erased on request leaves a tombstone: not their name, only a keyed hash (HMAC-SHA256
-- with the server's secret, base.KeyedHash) of their village, household
-- code, name and birth year, so that importing an older spreadsheet recognises them and does not
-- bring them back (household.Tombstones). An erased head of household leaves one for the head's
-- name in that household too. Without the secret the hashes cannot be tried against guessed names.
CREATE TABLE erased_person (
    fingerprint CHAR(64)  NOT NULL PRIMARY KEY,
    village_id  BIGINT    NOT NULL,
    erased_at   DATETIME  NOT NULL,
    CONSTRAINT fk_erased_person_village FOREIGN KEY (village_id) REFERENCES village (id),
    INDEX ix_erased_person_village (village_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A message whose cause no longer needs the resident's number (a concern closed, so its phone is
-- forgotten) while the message still waits to be sent: it is deleted as soon as it is sent or
-- given up (notification.Outbox.forget). Sent and failed messages are deleted after their
-- retention in any case (Outbox.purge, nightly).
ALTER TABLE notification ADD COLUMN forget_when_done BOOLEAN NOT NULL DEFAULT FALSE;
