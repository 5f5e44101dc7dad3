-- The commune's own administrative dossiers per month, as its leader enters them from the commune's
-- records (the national portal's statistics): how many were received and how many of those online.
-- Tiny (a row per commune and month), so dashboards read it directly; see adoption.CommuneDossiers.
CREATE TABLE commune_dossier_month (
    commune_id BIGINT   NOT NULL,
    month      DATE     NOT NULL,
    received   INT      NOT NULL,
    online     INT      NOT NULL,
    entered_by BIGINT   NOT NULL,
    entered_at DATETIME NOT NULL,
    PRIMARY KEY (commune_id, month),
    CONSTRAINT fk_commune_dossier_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT fk_commune_dossier_user FOREIGN KEY (entered_by) REFERENCES user_account (id),
    CONSTRAINT ck_commune_dossier_counts CHECK (received >= 0 AND online >= 0 AND online <= received),
    CONSTRAINT ck_commune_dossier_month CHECK (DAYOFMONTH(month) = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
