-- Which scam alerts each kiosk's attract screen has read aloud (issue 24, kiosk setting read_alerts):
-- a new alert is read once per kiosk, whichever app node or browser shows the screen; the primary key
-- settles two screens asking at once. The kiosk is its kiosk-config id (the code in /kiosk/<id>).
-- Nothing personal: an alert, a kiosk and a time.
CREATE TABLE alert_reading (
    alert_id   BIGINT      NOT NULL,
    kiosk_code VARCHAR(64) NOT NULL,
    read_at    DATETIME    NOT NULL,
    PRIMARY KEY (alert_id, kiosk_code),
    CONSTRAINT fk_alert_reading_alert FOREIGN KEY (alert_id) REFERENCES scam_alert (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
