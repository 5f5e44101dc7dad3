-- DEMO DATA (DỮ LIỆU MẪU): real place names from the source articles, with made-up kiosks,
-- accounts and phone numbers. Loaded only by the 'demo' profile (and tests), never in production.
-- Every demo account's password is: demo1234
INSERT INTO province (code, name) VALUES
    ('HY', 'Tỉnh Hưng Yên'),
    ('HN', 'Thành phố Hà Nội'),
    ('TQ', 'Tỉnh Tuyên Quang')
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSERT INTO commune (province_id, code, name, kind) VALUES
    ((SELECT id FROM province WHERE code = 'HY'), 'HY-HQ', 'Xã Hồng Quang', 'XA'),
    ((SELECT id FROM province WHERE code = 'HY'), 'HY-NQ', 'Xã Như Quỳnh', 'XA'),
    ((SELECT id FROM province WHERE code = 'HY'), 'HY-LD', 'Xã Lạc Đạo', 'XA'),
    ((SELECT id FROM province WHERE code = 'HN'), 'HN-HV', 'Xã Hồng Vân', 'XA'),
    ((SELECT id FROM province WHERE code = 'TQ'), 'TQ-HL', 'Xã Hà Lang', 'XA')
ON DUPLICATE KEY UPDATE name = VALUES(name), kind = VALUES(kind);

INSERT INTO village (commune_id, code, name, kind, cultural_house_name) VALUES
    ((SELECT id FROM commune WHERE code = 'HY-HQ'), 'HY-HQ-TRA-PHUONG', 'Thôn Trà Phương', 'THON', 'Nhà văn hóa thôn Trà Phương'),
    ((SELECT id FROM commune WHERE code = 'HY-NQ'), 'HY-NQ-DINH-DU', 'Thôn Đình Dù', 'THON', 'Nhà văn hóa thôn Đình Dù'),
    ((SELECT id FROM commune WHERE code = 'HN-HV'), 'HN-HV-VAN-LA', 'Thôn Vân La', 'THON', 'Nhà văn hóa thôn Vân La')
ON DUPLICATE KEY UPDATE name = VALUES(name), cultural_house_name = VALUES(cultural_house_name);

INSERT INTO kiosk (code, village_id) VALUES
    ('tra-phuong', (SELECT id FROM village WHERE code = 'HY-HQ-TRA-PHUONG')),
    ('van-la', (SELECT id FROM village WHERE code = 'HN-HV-VAN-LA'))
ON DUPLICATE KEY UPDATE village_id = VALUES(village_id);

-- Demo accounts are created if missing and never overwritten: running the demo profile against a
-- database that has these accounts resets no password.
INSERT INTO user_account (username, display_name, password_hash, role, province_id, commune_id, village_id, created_at) VALUES
    ('admin', 'Quản trị (demo)', '{bcrypt}$2a$10$lihuXNQ2tRr8SYiMAogLUeDG1XTIu6gu5eCCFEmsXmW5GsrAldsNS', 'ADMIN', NULL, NULL, NULL, NOW()),
    ('tinh.hungyen', 'Quản trị tỉnh Hưng Yên (demo)', '{bcrypt}$2a$10$lihuXNQ2tRr8SYiMAogLUeDG1XTIu6gu5eCCFEmsXmW5GsrAldsNS', 'PROVINCE_ADMIN',
        (SELECT id FROM province WHERE code = 'HY'), NULL, NULL, NOW()),
    ('lanhdao.hongquang', 'Lãnh đạo xã Hồng Quang (demo)', '{bcrypt}$2a$10$lihuXNQ2tRr8SYiMAogLUeDG1XTIu6gu5eCCFEmsXmW5GsrAldsNS', 'LEADER',
        (SELECT id FROM province WHERE code = 'HY'), (SELECT id FROM commune WHERE code = 'HY-HQ'), NULL, NOW()),
    ('tnv.traphuong', 'Tình nguyện viên thôn Trà Phương (demo)', '{bcrypt}$2a$10$lihuXNQ2tRr8SYiMAogLUeDG1XTIu6gu5eCCFEmsXmW5GsrAldsNS', 'VOLUNTEER',
        (SELECT id FROM province WHERE code = 'HY'), (SELECT id FROM commune WHERE code = 'HY-HQ'),
        (SELECT id FROM village WHERE code = 'HY-HQ-TRA-PHUONG'), NOW()),
    ('tnv.vanla', 'Tình nguyện viên thôn Vân La (demo)', '{bcrypt}$2a$10$lihuXNQ2tRr8SYiMAogLUeDG1XTIu6gu5eCCFEmsXmW5GsrAldsNS', 'VOLUNTEER',
        (SELECT id FROM province WHERE code = 'HN'), (SELECT id FROM commune WHERE code = 'HN-HV'),
        (SELECT id FROM village WHERE code = 'HN-HV-VAN-LA'), NOW())
ON DUPLICATE KEY UPDATE display_name = VALUES(display_name);

-- Duty schedule of the demo cultural houses: Trà Phương every day 07:00-11:00 and 13:00-21:00 in
-- one-hour slots (2 volunteers), Vân La on weekend mornings and Wednesday evenings.
INSERT IGNORE INTO duty_slot (village_id, day_of_week, starts_at, ends_at, capacity)
SELECT v.id, d.seq, MAKETIME(h.seq, 0, 0), MAKETIME(h.seq + 1, 0, 0), 2
FROM village v
JOIN seq_1_to_7 d
JOIN seq_7_to_20 h
WHERE v.code = 'HY-HQ-TRA-PHUONG' AND h.seq NOT IN (11, 12);

INSERT IGNORE INTO duty_slot (village_id, day_of_week, starts_at, ends_at, capacity)
SELECT v.id, d.seq, t.starts_at, t.ends_at, t.capacity
FROM village v
JOIN (SELECT 6 AS seq UNION ALL SELECT 7) d
JOIN (SELECT TIME '08:00' AS starts_at, TIME '09:00' AS ends_at, 3 AS capacity
      UNION ALL SELECT TIME '09:00', TIME '10:00', 3
      UNION ALL SELECT TIME '10:00', TIME '11:30', 3) t
WHERE v.code = 'HN-HV-VAN-LA';

INSERT IGNORE INTO duty_slot (village_id, day_of_week, starts_at, ends_at, capacity) VALUES
    ((SELECT id FROM village WHERE code = 'HN-HV-VAN-LA'), 3, '19:00', '20:00', 2),
    ((SELECT id FROM village WHERE code = 'HN-HV-VAN-LA'), 3, '20:00', '21:00', 2);
