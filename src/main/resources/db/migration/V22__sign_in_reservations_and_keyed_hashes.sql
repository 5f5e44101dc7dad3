-- Second security review (docs/security.md, items 7 and 10).
--
-- The key of the app's keyed hashes (base.KeyedHash) when TRAMSO_SECRET is not set: made once at the
-- first start, shared by every app node. A database dump then carries it, so production sets TRAMSO_SECRET.
CREATE TABLE app_secret (
    name   VARCHAR(32) PRIMARY KEY,
    secret VARCHAR(64) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- A sign-in attempt is reserved (PENDING, counted as a failure) before its password is checked, under a
-- lock on its name's and its address's rows here, so parallel guesses cannot all pass the count.
CREATE TABLE sign_in_subject (
    subject CHAR(64)  PRIMARY KEY,
    seen_at DATETIME  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- The name typed is kept only when it is an account's; for the throttle every name is counted by its keyed hash.
-- Rows written before this version keep no name that is not an account's.
ALTER TABLE sign_in_event
    ADD COLUMN name_key CHAR(64) CHARACTER SET ascii NOT NULL DEFAULT '' AFTER at,
    MODIFY username VARCHAR(64) NULL,
    DROP CONSTRAINT ck_sign_in_outcome,
    ADD CONSTRAINT ck_sign_in_outcome CHECK (outcome IN ('PENDING', 'SUCCESS', 'FAILED', 'DISABLED', 'THROTTLED')),
    DROP INDEX ix_sign_in_username,
    ADD INDEX ix_sign_in_name_key (name_key, outcome, at);

UPDATE sign_in_event e LEFT JOIN user_account a ON a.username = e.username
SET e.username = a.username;
