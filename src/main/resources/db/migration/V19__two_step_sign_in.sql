-- Two-step sign-in (TOTP, RFC 6238, any authenticator app): the account's shared secret once the
-- owner confirmed it with a code, and the last time step used (a code works once); and ten
-- single-use recovery codes per account, kept only as SHA-256 hashes. See account.TwoStep.
ALTER TABLE user_account
    ADD COLUMN totp_secret    VARCHAR(64) NULL,
    ADD COLUMN totp_since     DATETIME    NULL,
    ADD COLUMN totp_last_step BIGINT      NULL;

CREATE TABLE recovery_code (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT   NOT NULL,
    code_hash  CHAR(64) NOT NULL,
    used_at    DATETIME NULL,
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT uq_recovery_code UNIQUE (account_id, code_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
