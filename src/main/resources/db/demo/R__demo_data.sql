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
-- and Trà Phương's households given to its demo volunteer as "1+10" member. The demo tells about
-- 18 months of the villages' life, all dated back from today: the households are on the register
-- from its start, and their members reach VNeID level 2 one by one in help sessions since.
INSERT IGNORE INTO household (village_id, code, head_name, hamlet, address_line, created_at, updated_at)
SELECT v.id, h.code, h.head, h.hamlet, NULL, DATE_SUB(CURDATE(), INTERVAL 18 MONTH), NOW()
FROM village v JOIN (
    SELECT 'HY-HQ-TRA-PHUONG' AS village, 'TP-001' AS code, 'Nguyễn Văn Thành' AS head, 'Xóm Đông' AS hamlet
    UNION ALL SELECT 'HY-HQ-TRA-PHUONG', 'TP-002', 'Trần Thị Hoà', 'Xóm Đông'
    UNION ALL SELECT 'HY-HQ-TRA-PHUONG', 'TP-003', 'Lê Văn Sơn', 'Xóm Tây'
    UNION ALL SELECT 'HY-HQ-TRA-PHUONG', 'TP-004', 'Phạm Thị Cúc', 'Xóm Tây'
    UNION ALL SELECT 'HN-HV-VAN-LA', 'VL-001', 'Đỗ Văn Hùng', 'Xóm Chùa'
    UNION ALL SELECT 'HN-HV-VAN-LA', 'VL-002', 'Vũ Thị Thu', 'Xóm Giữa'
) h ON h.village = v.code;

INSERT IGNORE INTO household_member (household_id, full_name, birth_year, adult, gender, created_at, updated_at)
SELECT h.id, m.name, m.born, m.born <= YEAR(NOW()) - 14, m.gender, h.created_at, NOW()
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

-- Twenty more households in Trà Phương (TP-101...) and ten in Vân La (VL-101...), invented names,
-- with two or three adults each; what the register said of them 18 months ago: most have a
-- smartphone, a few VNeID level 1, one in six level 2.
INSERT IGNORE INTO household (village_id, code, head_name, hamlet, address_line, created_at, updated_at)
SELECT v.id, CONCAT(IF(v.code = 'HY-HQ-TRA-PHUONG', 'TP-', 'VL-'), 100 + s.seq),
       CONCAT(ELT(1 + s.seq % 10, 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'), ' Văn ',
              ELT(1 + s.seq % 7, 'Hải', 'Bình', 'Đức', 'Long', 'Minh', 'Quang', 'Thắng')),
       IF(v.code = 'HY-HQ-TRA-PHUONG', ELT(1 + s.seq % 2, 'Xóm Đông', 'Xóm Tây'), ELT(1 + s.seq % 2, 'Xóm Chùa', 'Xóm Giữa')),
       NULL, DATE_SUB(CURDATE(), INTERVAL 18 MONTH), NOW()
FROM village v JOIN seq_1_to_20 s ON s.seq <= IF(v.code = 'HY-HQ-TRA-PHUONG', 20, 10)
WHERE v.code IN ('HY-HQ-TRA-PHUONG', 'HN-HV-VAN-LA');

INSERT IGNORE INTO household_member (household_id, full_name, birth_year, adult, gender, created_at, updated_at)
WITH generated AS (
    SELECT h.id, h.head_name, h.created_at, CAST(SUBSTRING(h.code, 4) AS SIGNED) - 100 AS k
    FROM household h WHERE h.code REGEXP '^(TP|VL)-1[0-9][0-9]$')
SELECT id, name, born, TRUE, gender, created_at, NOW() FROM (
    SELECT id, created_at, head_name AS name, 1945 + (k * 7) % 35 AS born, 'NAM' AS gender FROM generated
    UNION ALL
    SELECT id, created_at, CONCAT(ELT(1 + (k * 3) % 10, 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'),
                                  ' Thị ', ELT(1 + k % 9, 'Mai', 'Lan', 'Hương', 'Nga', 'Huệ', 'Xuân', 'Yến', 'Dung', 'Hiền')),
           1948 + (k * 7) % 35, 'NU' FROM generated
    UNION ALL
    SELECT id, created_at, CONCAT(SUBSTRING_INDEX(head_name, ' ', 1),
                                  IF(k % 2 = 0, CONCAT(' Văn ', ELT(1 + k % 3, 'Tú', 'Nam', 'Phúc')),
                                                CONCAT(' Thị ', ELT(1 + k % 3, 'Hằng', 'Trang', 'Ngọc')))),
           1988 + k % 14, IF(k % 2 = 0, 'NAM', 'NU') FROM generated WHERE k % 3 = 0) m;

INSERT INTO member_fact (member_id, kind, value, as_of, source, recorded_at)
SELECT m.id, 'SMARTPHONE', IF(m.id % 5 = 0, 0, 1), DATE(h.created_at), 'IMPORT', NOW()
FROM household_member m JOIN household h ON h.id = m.household_id
WHERE h.code REGEXP '^(TP|VL)-1[0-9][0-9]$'
  AND NOT EXISTS (SELECT 1 FROM member_fact x WHERE x.member_id = m.id AND x.source = 'IMPORT');

INSERT INTO member_fact (member_id, kind, value, as_of, source, recorded_at)
SELECT m.id, 'VNEID', IF(m.id % 6 = 0, 2, 1), DATE(h.created_at), 'IMPORT', NOW()
FROM household_member m JOIN household h ON h.id = m.household_id
WHERE h.code REGEXP '^(TP|VL)-1[0-9][0-9]$' AND (m.id % 6 = 0 OR m.id % 4 = 1)
  AND NOT EXISTS (SELECT 1 FROM member_fact x WHERE x.member_id = m.id AND x.kind = 'VNEID' AND x.source = 'IMPORT');

INSERT IGNORE INTO household_assignment (household_id, member_user_id, assigned_on, assigned_by)
SELECT h.id, u.id, DATE_SUB(CURDATE(), INTERVAL 90 DAY), NULL
FROM household h JOIN user_account u ON u.username = 'tnv.traphuong'
WHERE h.code IN ('TP-001', 'TP-002', 'TP-003')
  AND NOT EXISTS (SELECT 1 FROM household_assignment a WHERE a.household_id = h.id);

-- Every other new household of Trà Phương given to its volunteer too, one a month since the start.
INSERT IGNORE INTO household_assignment (household_id, member_user_id, assigned_on, assigned_by)
SELECT h.id, u.id, DATE_SUB(CURDATE(), INTERVAL 18 * 30 - (CAST(SUBSTRING(h.code, 4) AS SIGNED) - 100) * 25 DAY), NULL
FROM household h JOIN user_account u ON u.username = 'tnv.traphuong'
WHERE h.code REGEXP '^TP-1[0-9][0-9]$' AND CAST(SUBSTRING(h.code, 4) AS SIGNED) % 2 = 0
  AND NOT EXISTS (SELECT 1 FROM household_assignment a WHERE a.household_id = h.id);

-- Help sessions of the past 18 months, more of them lately, so the volunteers' history and the
-- leaders' figures and trends are not empty: anonymous residents, a class, and sessions with
-- household members whose status they set. Added once: only while the demo volunteers have no
-- session at all.
INSERT INTO help_session (village_id, volunteer_id, started_at, minutes, place, autonomy, first_visit, age_band, gender,
                          created_at, updated_at)
SELECT u.village_id, u.id,
       TIMESTAMPADD(HOUR, 8 + s.seq % 9, DATE_SUB(CURDATE(), INTERVAL s.seq * (CASE WHEN u.username = 'tnv.vanla' THEN 4 ELSE 2 END) DAY)),
       ELT(1 + s.seq % 5, 15, 30, 45, 60, 90),
       ELT(1 + s.seq % 7, 'CULTURAL_HOUSE', 'CULTURAL_HOUSE', 'HOME', 'CULTURAL_HOUSE', 'PHONE', 'CULTURAL_HOUSE', 'CULTURAL_HOUSE'),
       ELT(1 + s.seq % 3, 'WITH_HELP', 'DONE_FOR_THEM', 'ALONE'),
       s.seq % 3 <> 0,
       ELT(1 + s.seq % 4, 'FROM_60', 'FROM_30', 'FROM_75', 'UNDER_30'),
       ELT(1 + s.seq % 2, 'NU', 'NAM'),
       NOW(), NOW()
FROM user_account u JOIN seq_1_to_270 s ON s.seq <= CASE WHEN u.username = 'tnv.vanla' THEN 135 ELSE 270 END
WHERE u.username IN ('tnv.traphuong', 'tnv.vanla')
  AND (s.seq <= CASE WHEN u.username = 'tnv.vanla' THEN 45 ELSE 90 END OR s.seq % 3 <> 0)
  AND NOT EXISTS (SELECT 1 FROM help_session x WHERE x.volunteer_id = u.id);

INSERT INTO help_session (village_id, volunteer_id, started_at, minutes, place, autonomy, first_visit, group_title, head_count,
                          created_at, updated_at)
SELECT u.village_id, u.id, TIMESTAMPADD(HOUR, 19, DATE_SUB(CURDATE(), INTERVAL 20 DAY)), 90, 'CULTURAL_HOUSE', 'WITH_HELP', TRUE,
       'Lớp cài VNeID và nhận biết lừa đảo cho người cao tuổi', 14, NOW(), NOW()
FROM user_account u
WHERE u.username = 'tnv.traphuong' AND NOT EXISTS (SELECT 1 FROM help_session x WHERE x.group_title IS NOT NULL AND x.village_id = u.village_id);

INSERT INTO help_session (village_id, volunteer_id, started_at, minutes, place, autonomy, first_visit, member_id,
                          created_at, updated_at)
SELECT h.village_id, u.id, TIMESTAMPADD(HOUR, 9, DATE_SUB(CURDATE(), INTERVAL m.days DAY)), 30, 'CULTURAL_HOUSE', m.autonomy, TRUE, hm.id,
       NOW(), NOW()
FROM (SELECT 'Lê Văn Sơn' AS name, 40 AS days, 'WITH_HELP' AS autonomy
      UNION ALL SELECT 'Trần Thị Hoà', 75, 'DONE_FOR_THEM'
      UNION ALL SELECT 'Đào Thị Lụa', 12, 'WITH_HELP') m
JOIN household_member hm ON hm.full_name = m.name
JOIN household h ON h.id = hm.household_id
JOIN user_account u ON u.username = 'tnv.traphuong'
WHERE NOT EXISTS (SELECT 1 FROM help_session x WHERE x.member_id = hm.id);

-- The new households' adults with a smartphone and no level 2 yet, helped to VNeID level 2 one by
-- one over the months (all but about one in seven), by their village's volunteer.
INSERT INTO help_session (village_id, volunteer_id, started_at, minutes, place, autonomy, first_visit, member_id,
                          created_at, updated_at)
SELECT h.village_id, u.id, TIMESTAMPADD(HOUR, 8 + m.id % 10, DATE_SUB(CURDATE(), INTERVAL 5 + (m.id * 37) % 520 DAY)),
       ELT(1 + m.id % 3, 30, 45, 60), ELT(1 + m.id % 4, 'CULTURAL_HOUSE', 'HOME', 'CULTURAL_HOUSE', 'CULTURAL_HOUSE'),
       ELT(1 + m.id % 3, 'WITH_HELP', 'ALONE', 'WITH_HELP'), TRUE, m.id, NOW(), NOW()
FROM household_member m JOIN household h ON h.id = m.household_id
JOIN village v ON v.id = h.village_id
JOIN user_account u ON u.username = IF(v.code = 'HY-HQ-TRA-PHUONG', 'tnv.traphuong', 'tnv.vanla')
WHERE h.code REGEXP '^(TP|VL)-1[0-9][0-9]$' AND m.id % 5 <> 0 AND m.id % 6 <> 0 AND m.id % 7 <> 0
  AND NOT EXISTS (SELECT 1 FROM help_session x WHERE x.member_id = m.id);

-- Each session's topic and outcome (a member's session: VNeID level 2; Trần Thị Hoà has no smartphone).
INSERT INTO help_session_topic (session_id, topic, outcome, reason)
SELECT s.id,
       CASE WHEN m.full_name = 'Trần Thị Hoà' THEN 'VNEID_LEVEL_1'
            WHEN s.member_id IS NOT NULL THEN 'VNEID_LEVEL_2'
            WHEN s.group_title IS NOT NULL THEN 'LUADAO'
            ELSE ELT(1 + s.id % 10, 'VNEID_LEVEL_1', 'VNEID_LEVEL_2', 'VNEID_DOCUMENTS', 'PORTAL', 'DOSSIER', 'SUCKHOE',
                     'THANHTOAN', 'LUADAO', 'UNGDUNG', 'VNEID_LEVEL_2') END,
       CASE WHEN m.full_name = 'Trần Thị Hoà' THEN 'COULD_NOT'
            WHEN s.member_id IS NOT NULL OR s.group_title IS NOT NULL THEN 'DONE'
            ELSE ELT(1 + s.id % 6, 'DONE', 'DONE', 'STARTED', 'DONE', 'COULD_NOT', 'DONE') END,
       CASE WHEN m.full_name = 'Trần Thị Hoà' THEN 'NO_SMARTPHONE'
            WHEN s.member_id IS NOT NULL OR s.group_title IS NOT NULL THEN NULL
            WHEN s.id % 6 IN (2, 4) THEN ELT(1 + s.id % 4, 'NO_CHIP_ID', 'WAITING_POLICE', 'NO_NETWORK', 'SIM_NOT_OWN') END
FROM help_session s JOIN user_account u ON u.id = s.volunteer_id
LEFT JOIN household_member m ON m.id = s.member_id
WHERE u.username IN ('tnv.traphuong', 'tnv.vanla')
  AND NOT EXISTS (SELECT 1 FROM help_session_topic t WHERE t.session_id = s.id);

INSERT INTO help_session_change (session_id, kind, changed_by, changed_at, reason, record)
SELECT s.id, 'CREATED', s.volunteer_id, s.started_at, NULL, 'demo'
FROM help_session s JOIN user_account u ON u.id = s.volunteer_id
WHERE u.username IN ('tnv.traphuong', 'tnv.vanla')
  AND NOT EXISTS (SELECT 1 FROM help_session_change c WHERE c.session_id = s.id);

INSERT INTO member_fact (member_id, kind, value, as_of, source, session_id, recorded_by, recorded_at)
SELECT s.member_id, CASE WHEN t.outcome = 'DONE' THEN 'VNEID' ELSE 'SMARTPHONE' END,
       CASE WHEN t.outcome = 'DONE' THEN 2 ELSE 0 END, DATE(s.started_at), 'SESSION', s.id, s.volunteer_id, NOW()
FROM help_session s JOIN help_session_topic t ON t.session_id = s.id
WHERE s.member_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM member_fact f WHERE f.session_id = s.id);

UPDATE household h
SET h.last_visit_on = (SELECT MAX(DATE(s.started_at)) FROM help_session s JOIN household_member m ON m.id = s.member_id
                       WHERE m.household_id = h.id AND s.deleted_at IS NULL)
WHERE h.last_visit_on IS NULL
  AND EXISTS (SELECT 1 FROM help_session s JOIN household_member m ON m.id = s.member_id WHERE m.household_id = h.id);

-- Concerns of the demo villages (the diary is not empty): one overdue, one answered waiting to be
-- passed on, one closed. Added once.
INSERT INTO concern (village_id, household_id, category, text, source, recorded_by, status, answer, due_at, created_at,
                     answered_at, closed_at)
SELECT v.id, (SELECT h.id FROM household h WHERE h.village_id = v.id AND h.code = c.household), c.category, c.text, c.source,
       u.id, c.status, c.answer, DATE_ADD(DATE_SUB(NOW(), INTERVAL c.age DAY), INTERVAL 7 DAY), DATE_SUB(NOW(), INTERVAL c.age DAY),
       CASE WHEN c.answer IS NOT NULL THEN DATE_SUB(NOW(), INTERVAL c.age - 3 DAY) END,
       CASE WHEN c.status = 'CLOSED' THEN DATE_SUB(NOW(), INTERVAL c.age - 4 DAY) END
FROM village v
JOIN user_account u ON u.username = 'tnv.traphuong'
JOIN (SELECT 'TP-003' AS household, 'ROADS_LIGHTING' AS category, 'Đèn đường đầu xóm Tây hỏng, tối đi lại khó' AS text,
             'HOME_VISIT' AS source, 'FORWARDED' AS status, NULL AS answer, 12 AS age
      UNION ALL SELECT 'TP-002', 'SOCIAL_ALLOWANCE', 'Bà Hoà hỏi về trợ cấp người cao tuổi khi chuyển sang nhận qua tài khoản',
             'SESSION', 'ANSWERED', 'Xã sẽ hướng dẫn mở tài khoản tại buổi trực thứ Bảy; vẫn nhận tiền mặt đến hết năm.', 6
      UNION ALL SELECT 'TP-001', 'SECURITY_SCAMS', 'Nhiều nhà nhận cuộc gọi giả danh công an yêu cầu cài ứng dụng lạ',
             'PHONE', 'CLOSED', 'Công an xã đã cảnh báo trên loa truyền thanh và nhóm Zalo thôn.', 20) c
WHERE v.code = 'HY-HQ-TRA-PHUONG'
  AND NOT EXISTS (SELECT 1 FROM concern x WHERE x.village_id = v.id);

-- And Trà Phương's history: a concern about every 25 days since the start, each answered and closed,
-- most within the 7 days allowed. Added once.
INSERT INTO concern (village_id, household_id, category, text, source, recorded_by, status, answer, due_at, created_at,
                     answered_at, closed_at)
SELECT v.id, NULL, ELT(1 + s.seq % 8, 'ROADS_LIGHTING', 'LAND_HOUSING', 'SOCIAL_ALLOWANCE', 'HEALTH_INSURANCE', 'ONLINE_SERVICES',
                       'SECURITY_SCAMS', 'ENVIRONMENT', 'OTHER'),
       ELT(1 + s.seq % 8, 'Đường liên xóm có ổ gà sau mưa', 'Hỏi thủ tục cấp giấy chứng nhận cho đất thừa kế',
           'Hỏi hồ sơ trợ cấp người cao tuổi', 'Hỏi gia hạn thẻ bảo hiểm y tế', 'Không nộp được hồ sơ trên Cổng dịch vụ công',
           'Nhận tin nhắn lừa đảo báo trúng thưởng', 'Rác ven kênh chưa được thu gom', 'Đề nghị lắp thêm loa truyền thanh ở xóm'),
       ELT(1 + s.seq % 4, 'HOME_VISIT', 'SESSION', 'PHONE', 'KIOSK'), u.id, 'CLOSED',
       'Xã đã trả lời người dân tại buổi trực và qua loa truyền thanh.',
       DATE_SUB(NOW(), INTERVAL s.seq * 25 - 7 DAY), DATE_SUB(NOW(), INTERVAL s.seq * 25 DAY),
       DATE_SUB(NOW(), INTERVAL s.seq * 25 - 2 - s.seq % 4 DAY),
       DATE_SUB(NOW(), INTERVAL s.seq * 25 - IF(s.seq % 4 = 0, 10, 3 + s.seq % 4) DAY)
FROM village v
JOIN user_account u ON u.username = 'tnv.traphuong'
JOIN seq_2_to_21 s
WHERE v.code = 'HY-HQ-TRA-PHUONG'
  AND NOT EXISTS (SELECT 1 FROM concern x WHERE x.village_id = v.id AND x.created_at < NOW() - INTERVAL 40 DAY);

INSERT INTO concern_event (concern_id, at, by_user, from_status, to_status, note)
SELECT c.id, c.created_at, c.recorded_by, NULL, 'NEW', NULL FROM concern c
WHERE NOT EXISTS (SELECT 1 FROM concern_event e WHERE e.concern_id = c.id);

INSERT INTO concern_event (concern_id, at, by_user, from_status, to_status, note)
SELECT c.id, COALESCE(c.answered_at, c.created_at), (SELECT id FROM user_account WHERE username = 'lanhdao.hongquang'),
       'NEW', CASE WHEN c.status = 'FORWARDED' THEN 'FORWARDED' ELSE 'ANSWERED' END, c.answer
FROM concern c
WHERE c.status <> 'NEW' AND (SELECT COUNT(*) FROM concern_event e WHERE e.concern_id = c.id) = 1;

INSERT INTO concern_event (concern_id, at, by_user, from_status, to_status, note)
SELECT c.id, c.closed_at, c.recorded_by, 'ANSWERED', 'CLOSED', NULL
FROM concern c
WHERE c.status = 'CLOSED' AND (SELECT COUNT(*) FROM concern_event e WHERE e.concern_id = c.id) = 2;

-- A scam alert for the kiosks of xã Hồng Vân (thôn Vân La), valid for 30 days from when the demo
-- data is loaded. Added once.
INSERT INTO scam_alert (title, text, valid_from, valid_to, created_by, created_at)
SELECT 'Cuộc gọi giả danh công an', 'Công an không bao giờ gọi điện hướng dẫn kích hoạt VNeID hay yêu cầu chuyển tiền. Hãy cúp máy và báo công an xã.',
       NOW(), DATE_ADD(NOW(), INTERVAL 30 DAY), u.id, NOW()
FROM user_account u
WHERE u.username = 'admin' AND NOT EXISTS (SELECT 1 FROM scam_alert);

INSERT IGNORE INTO scam_alert_commune (alert_id, commune_id)
SELECT a.id, c.id FROM scam_alert a JOIN commune c ON c.code = 'HN-HV'
WHERE a.title = 'Cuộc gọi giả danh công an' AND NOT EXISTS (SELECT 1 FROM scam_alert_commune x WHERE x.alert_id = a.id);

-- Residents' ratings: about two sessions in three, mostly happy, a few low ones with reasons, over
-- the channels; and some general ratings through the kiosk and its public QR code.
INSERT INTO rating (village_id, channel, help_session_id, volunteer_id, done_today, score, comment, created_at)
SELECT s.village_id,
       ELT(1 + s.id % 3, 'STAFF_DEVICE', 'OWN_PHONE', 'KIOSK'),
       s.id,
       s.volunteer_id,
       s.id % 7 <> 0,
       CASE WHEN s.id % 11 = 0 THEN 2 WHEN s.id % 7 = 0 THEN 3 WHEN s.id % 3 = 0 THEN 4 ELSE 5 END,
       CASE WHEN s.id % 11 = 0 THEN 'Phải chờ lâu vì chỉ có một người hỗ trợ' END,
       s.started_at + INTERVAL s.minutes MINUTE
FROM help_session s
WHERE s.deleted_at IS NULL AND s.id % 3 <> 2
  AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.help_session_id = s.id);

INSERT IGNORE INTO rating_reason (rating_id, reason)
SELECT r.id, IF(r.score = 2, 'WAITED_LONG', 'APP_OR_NETWORK') FROM rating r WHERE r.score <= 3;

INSERT INTO rating (village_id, channel, done_today, score, created_at)
SELECT v.id, IF(n.k % 2 = 0, 'PUBLIC_QR', 'KIOSK'), TRUE, IF(n.k % 5 = 0, 4, 5), NOW() - INTERVAL n.k * 3 DAY
FROM village v
JOIN (SELECT 1 AS k UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5 UNION SELECT 6) n
WHERE v.code IN ('HY-HQ-TRA-PHUONG', 'HN-HV-VAN-LA')
  AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.village_id = v.id AND r.help_session_id IS NULL);

-- This year's targets of the demo commune, as its leader would set them.
INSERT IGNORE INTO indicator_target (place_level, place_id, indicator, year, value, set_by, set_at)
SELECT 'COMMUNE', c.id, t.indicator, YEAR(CURDATE()), t.value, u.id, NOW()
FROM commune c JOIN user_account u ON u.username = 'lanhdao.hongquang'
JOIN (SELECT 'VNEID_LEVEL_2' AS indicator, 80 AS value UNION ALL SELECT 'ONE_PLUS_TEN', 60
      UNION ALL SELECT 'SATISFACTION', 4.5 UNION ALL SELECT 'CONCERNS_ON_TIME', 90) t
WHERE c.code = 'HY-HQ';
