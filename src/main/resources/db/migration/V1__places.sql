-- Places after the 2025 reform: two levels of local government (province → commune), and the
-- villages (thôn, bản, ấp, tổ dân phố) under each commune, each with its cultural house.
CREATE TABLE province (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(32)  NOT NULL,
    name VARCHAR(120) NOT NULL,
    CONSTRAINT uq_province_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE commune (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    province_id BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    CONSTRAINT uq_commune_code UNIQUE (code),
    CONSTRAINT fk_commune_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT ck_commune_kind CHECK (kind IN ('XA', 'PHUONG', 'DAC_KHU'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE village (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    commune_id            BIGINT       NOT NULL,
    code                  VARCHAR(32)  NOT NULL,
    name                  VARCHAR(120) NOT NULL,
    kind                  VARCHAR(16)  NOT NULL,
    cultural_house_name   VARCHAR(160) NOT NULL,
    cultural_house_address VARCHAR(255),
    CONSTRAINT uq_village_code UNIQUE (code),
    CONSTRAINT fk_village_commune FOREIGN KEY (commune_id) REFERENCES commune (id),
    CONSTRAINT ck_village_kind CHECK (kind IN ('THON', 'BAN', 'AP', 'TO_DAN_PHO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
