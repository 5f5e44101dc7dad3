-- Unknown booking codes tried at kiosks, by network address and village, for the guess limit
-- (booking.CodeGuesses): held in the database so several app nodes and restarts share the count.
-- Only when and where, never the code tried; forgotten after a day.
CREATE TABLE booking_code_miss (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(3) NOT NULL,
    address    VARCHAR(45) NOT NULL,
    village_id BIGINT      NOT NULL,
    INDEX ix_code_miss_address (address, at),
    INDEX ix_code_miss_village (village_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
