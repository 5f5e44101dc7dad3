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

-- Households of the demo villages (made-up names), their members, what each adult already uses,
-- and Trà Phương's households given to its demo volunteer as "1+10" member.
INSERT IGNORE INTO household (village_id, code, head_name, hamlet, address_line, created_at, updated_at)
SELECT v.id, h.code, h.head, h.hamlet, NULL, NOW(), NOW()
FROM village v JOIN (
    SELECT 'HY-HQ-TRA-PHUONG' AS village, 'TP-001' AS code, 'Nguyễn Văn Thành' AS head, 'Xóm Đông' AS hamlet
    UNION ALL SELECT 'HY-HQ-TRA-PHUONG', 'TP-002', 'Trần Thị Hoà', 'Xóm Đông'
    UNION ALL SELECT 'HY-HQ-TRA-PHUONG', 'TP-003', 'Lê Văn Sơn', 'Xóm Tây'
    UNION ALL SELECT 'HY-HQ-TRA-PHUONG', 'TP-004', 'Phạm Thị Cúc', 'Xóm Tây'
    UNION ALL SELECT 'HN-HV-VAN-LA', 'VL-001', 'Đỗ Văn Hùng', 'Xóm Chùa'
    UNION ALL SELECT 'HN-HV-VAN-LA', 'VL-002', 'Vũ Thị Thu', 'Xóm Giữa'
) h ON h.village = v.code;

INSERT IGNORE INTO household_member (household_id, full_name, birth_year, adult, gender, created_at, updated_at)
SELECT h.id, m.name, m.born, m.born <= YEAR(NOW()) - 14, m.gender, NOW(), NOW()
FROM household h JOIN (
    SELECT 'TP-001' AS code, 'Nguyễn Văn Thành' AS name, 1958 AS born, 'NAM' AS gender
    UNION ALL SELECT 'TP-001', 'Đào Thị Lụa', 1961, 'NU'
    UNION ALL SELECT 'TP-001', 'Nguyễn Văn Tuấn', 1986, 'NAM'
    UNION ALL SELECT 'TP-002', 'Trần Thị Hoà', 1949, 'NU'
    UNION ALL SELECT 'TP-003', 'Lê Văn Sơn', 1972, 'NAM'
    UNION ALL SELECT 'TP-003', 'Ngô Thị Hạnh', 1975, 'NU'
    UNION ALL SELECT 'TP-003', 'Lê Minh Khôi', 2013, 'NAM'
    UNION ALL SELECT 'TP-004', 'Phạm Thị Cúc', 1966, 'NU'
    UNION ALL SELECT 'VL-001', 'Đỗ Văn Hùng', 1968, 'NAM'
    UNION ALL SELECT 'VL-001', 'Hoàng Thị Mến', 1970, 'NU'
    UNION ALL SELECT 'VL-002', 'Vũ Thị Thu', 1955, 'NU'
) m ON m.code = h.code;

INSERT INTO member_fact (member_id, kind, value, as_of, source, recorded_at)
SELECT m.id, f.kind, f.value, DATE_SUB(CURDATE(), INTERVAL 200 DAY), 'IMPORT', NOW()
FROM household_member m JOIN (
    SELECT 'Nguyễn Văn Tuấn' AS name, 'SMARTPHONE' AS kind, 1 AS value
    UNION ALL SELECT 'Nguyễn Văn Tuấn', 'VNEID', 2
    UNION ALL SELECT 'Nguyễn Văn Tuấn', 'CASHLESS', 1
    UNION ALL SELECT 'Nguyễn Văn Thành', 'SMARTPHONE', 1
    UNION ALL SELECT 'Nguyễn Văn Thành', 'VNEID', 1
    UNION ALL SELECT 'Lê Văn Sơn', 'SMARTPHONE', 1
    UNION ALL SELECT 'Ngô Thị Hạnh', 'SMARTPHONE', 1
    UNION ALL SELECT 'Ngô Thị Hạnh', 'VNEID', 2
    UNION ALL SELECT 'Trần Thị Hoà', 'SMARTPHONE', 0
    UNION ALL SELECT 'Đỗ Văn Hùng', 'SMARTPHONE', 1
    UNION ALL SELECT 'Đỗ Văn Hùng', 'VNEID', 2
) f ON f.name = m.full_name
WHERE NOT EXISTS (SELECT 1 FROM member_fact x WHERE x.member_id = m.id AND x.kind = f.kind AND x.source = 'IMPORT');

INSERT IGNORE INTO household_assignment (household_id, member_user_id, assigned_on, assigned_by)
SELECT h.id, u.id, DATE_SUB(CURDATE(), INTERVAL 90 DAY), NULL
FROM household h JOIN user_account u ON u.username = 'tnv.traphuong'
WHERE h.code IN ('TP-001', 'TP-002', 'TP-003')
  AND NOT EXISTS (SELECT 1 FROM household_assignment a WHERE a.household_id = h.id);
