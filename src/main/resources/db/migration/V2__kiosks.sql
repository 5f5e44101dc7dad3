-- A kiosk stands in one village's cultural house. Its code names its settings file
-- kiosk-config/kiosks/<code>.yaml.
CREATE TABLE kiosk (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(64) NOT NULL,
    village_id BIGINT      NOT NULL,
    active     BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_kiosk_code UNIQUE (code),
    CONSTRAINT fk_kiosk_village FOREIGN KEY (village_id) REFERENCES village (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
