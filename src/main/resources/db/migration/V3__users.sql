-- Signed-in users: volunteers (bound to a village), commune leaders (bound to a commune) and
-- admins. Passwords are stored only as hashes ({bcrypt}...).
CREATE TABLE user_account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    commune_id    BIGINT,
    village_id    BIGINT,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_user_account_village FOREIGN KEY (village_id) REFERENCES village (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('VOLUNTEER', 'LEADER', 'ADMIN')),
    CONSTRAINT ck_leader_has_commune CHECK (role <> 'LEADER' OR commune_id IS NOT NULL),
    CONSTRAINT ck_volunteer_has_village CHECK (role <> 'VOLUNTEER' OR village_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
