#!/usr/bin/env bash
# Prints the SQL that fills an empty Trạm Số schema with the benchmark's province, for drill.sh:
# the same rows as src/test/java/vn/tramso/benchmark/ProvinceGenerator.java (100 communes, 1,000
# villages, 400,000 households, 1.5 million residents, 10 million help sessions over two years, their
# topics, bookings, ratings, and 50,000 concerns), made from MariaDB's sequence tables, so every run
# builds the same province. Keep the two in step when the schema changes.
#   drill-province.sh [SCALE]   SCALE 0.1 makes a tenth of the households, residents and sessions.
set -euo pipefail
scale=${1:-1}
n() { awk -v n="$1" -v s="$scale" 'BEGIN { printf "%d", n * s }'; }
VILLAGES=1000; HOUSEHOLDS=$(n 400000); RESIDENTS=$(n 1500000); SESSIONS=$(n 10000000); DAYS=730; CHUNK=200000
(( HOUSEHOLDS > 0 && RESIDENTS >= VILLAGES )) || { echo "scale $scale is too small" >&2; exit 1; }

cat <<SQL
SET @last = DATE '2026-11-30';
SET @first = @last - INTERVAL ($DAYS - 1) DAY;
SET @created = @first - INTERVAL 30 DAY;
INSERT INTO province (code, name) VALUES ('BM', 'Tỉnh thử tải');
INSERT INTO commune (province_id, code, name, kind)
SELECT (SELECT id FROM province WHERE code = 'BM'), CONCAT('BM-', LPAD(seq, 3, '0')), CONCAT('Xã thử ', seq), 'XA' FROM seq_1_to_100;
INSERT INTO village (commune_id, code, name, kind, cultural_house_name)
SELECT c.id, CONCAT(c.code, '-', LPAD(s.seq, 2, '0')), CONCAT('Thôn ', c.code, '-', s.seq), 'THON', CONCAT('Nhà văn hóa ', c.code, '-', s.seq)
FROM commune c JOIN seq_1_to_10 s WHERE c.code LIKE 'BM-%';
INSERT INTO user_account (username, display_name, password_hash, role, enabled, created_at)
VALUES ('drill-volunteer', 'Tình nguyện viên thử', '!', 'ADMIN', 0, @created);
SET @volunteer = LAST_INSERT_ID();
CREATE TEMPORARY TABLE bench_village (idx INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO bench_village SELECT ROW_NUMBER() OVER (ORDER BY v.id) - 1, v.id FROM village v
JOIN commune c ON c.id = v.commune_id WHERE c.code LIKE 'BM-%';
INSERT INTO household (village_id, code, last_visit_on, created_at, updated_at)
SELECT bv.id, CONCAT('H', s.seq), IF((s.seq DIV $VILLAGES) % 10 < 7, @last - INTERVAL ((s.seq DIV $VILLAGES) * 7 % 700) DAY, NULL), @created, @created
FROM seq_1_to_$HOUSEHOLDS s JOIN bench_village bv ON bv.idx = s.seq % $VILLAGES;
CREATE TEMPORARY TABLE bench_household (idx INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO bench_household SELECT ROW_NUMBER() OVER (ORDER BY h.id) - 1, h.id FROM household h JOIN bench_village bv ON bv.id = h.village_id;
INSERT INTO household_member (household_id, full_name, birth_year, adult, created_at, updated_at)
SELECT bh.id, CONCAT('Người ', s.seq), 1940 + (s.seq DIV $VILLAGES) % 80, 1940 + (s.seq DIV $VILLAGES) % 80 <= 2012, @created, @created
FROM seq_1_to_$RESIDENTS s JOIN bench_household bh ON bh.idx = s.seq % $HOUSEHOLDS;
CREATE TEMPORARY TABLE bench_member (vidx INT, k INT, id BIGINT NOT NULL, adult BOOLEAN NOT NULL, PRIMARY KEY (vidx, k));
INSERT INTO bench_member SELECT bv.idx, ROW_NUMBER() OVER (PARTITION BY bv.idx ORDER BY m.id) - 1, m.id, m.adult
FROM household_member m JOIN household h ON h.id = m.household_id JOIN bench_village bv ON bv.id = h.village_id;
INSERT INTO member_fact (member_id, kind, value, as_of, source, recorded_at)
SELECT bm.id, 'VNEID', 1, @first + INTERVAL LEAST($DAYS - 1, (bm.k * 37 + bm.vidx) % 700 + 0) DAY, 'IMPORT', @first
FROM bench_member bm WHERE bm.adult AND bm.k % 4 <> 0;
INSERT INTO member_fact (member_id, kind, value, as_of, source, recorded_at)
SELECT bm.id, 'VNEID', 2, @first + INTERVAL LEAST($DAYS - 1, (bm.k * 37 + bm.vidx) % 700 + 30 + bm.k % 90) DAY, 'IMPORT', @first
FROM bench_member bm WHERE bm.adult AND bm.k % 4 <> 0 AND bm.k % 20 < 11;
INSERT INTO member_fact (member_id, kind, value, as_of, source, recorded_at)
SELECT bm.id, k.kind, 1, @first + INTERVAL LEAST($DAYS - 1, (bm.k * 37 + bm.vidx) % 700 + 10) DAY, 'IMPORT', @first FROM bench_member bm
JOIN (SELECT 'SKILL_PUBLIC_SERVICES' AS kind UNION ALL SELECT 'SKILL_SHOP_ONLINE' UNION ALL SELECT 'SKILL_PAY_ONLINE'
      UNION ALL SELECT 'SKILL_SAFE_ONLINE' UNION ALL SELECT 'SKILL_LOCAL_PLATFORMS') k
WHERE bm.adult AND bm.k % 7 = 0;
INSERT INTO household_assignment (household_id, member_user_id, assigned_on)
SELECT bh.id, @volunteer, @first FROM bench_household bh WHERE (bh.idx DIV 1000) % 10 < 6;
SQL
for (( from = 0; from < SESSIONS; from += CHUNK )); do
    rows=$(( SESSIONS - from < CHUNK ? SESSIONS - from : CHUNK ))
    cat <<SQL
INSERT INTO help_session (village_id, volunteer_id, member_id, started_at, minutes, place, autonomy, first_visit, age_band, head_count, created_at, updated_at)
SELECT bv.id, @volunteer, bm.id, @first + INTERVAL (n % $DAYS) DAY + INTERVAL (8 + n % 9) HOUR,
       ELT(1 + n % 6, 10, 15, 20, 30, 45, 60), ELT(1 + n % 4, 'CULTURAL_HOUSE', 'CULTURAL_HOUSE', 'HOME', 'PHONE'),
       ELT(1 + n % 3, 'DONE_FOR_THEM', 'WITH_HELP', 'ALONE'), n % 3 = 0, 'FROM_60', 1, @first, @first
FROM (SELECT seq + $from AS n FROM seq_1_to_$rows) s JOIN bench_village bv ON bv.idx = (n DIV 7) % $VILLAGES
LEFT JOIN bench_member bm ON n % 3 = 0 AND bm.vidx = bv.idx AND bm.k = (n DIV 3) % $(( RESIDENTS / VILLAGES ));
SQL
done
cat <<SQL
SELECT MIN(s.id), MAX(s.id) INTO @lo, @hi FROM help_session s JOIN bench_village bv ON bv.id = s.village_id;
SELECT MAX(started_at) - INTERVAL 90 DAY INTO @recent FROM help_session;
INSERT INTO help_session_topic (session_id, topic, outcome, reason)
SELECT s.id, ELT(1 + s.id % 8, 'VNEID_LEVEL_2', 'VNEID_LEVEL_1', 'DOSSIER', 'PORTAL', 'SUCKHOE', 'THANHTOAN', 'LUADAO', 'UNGDUNG'),
       IF(s.id % 5 = 0, 'COULD_NOT', 'DONE'), IF(s.id % 5 = 0, ELT(1 + s.id % 4, 'NO_CHIP_ID', 'NO_NETWORK', 'FORGOT_LOGIN', 'NO_TIME'), NULL)
FROM help_session s WHERE s.id BETWEEN @lo AND @hi;
INSERT INTO booking (code, idempotency_key, village_id, kind, service_date, ticket_number, topic, resident_name, channel, state, created_at, finished_at)
SELECT LPAD(99999999 - s.id, 8, '0'), CONCAT('bench-', s.id), s.village_id, 'WALK_IN', DATE(s.started_at), s.id, 'luadao',
       'Người thử', 'DESK', IF(s.id % 10 = 0, 'NO_SHOW', 'DONE'), s.started_at, s.started_at
FROM help_session s WHERE s.id BETWEEN @lo AND @hi AND s.id % 10 < 6 AND s.started_at >= @recent;
INSERT INTO rating (village_id, channel, help_session_id, done_today, score, created_at)
SELECT s.village_id, ELT(1 + s.id % 4, 'KIOSK', 'STAFF_DEVICE', 'OWN_PHONE', 'PUBLIC_QR'), s.id, s.id % 6 <> 0, 1 + (s.id DIV 3) % 5,
       s.started_at + INTERVAL 1 HOUR
FROM help_session s WHERE s.id BETWEEN @lo AND @hi AND s.id % 10 < 3;
INSERT INTO concern (village_id, category, text, source, status, answer, due_at, created_at, answered_at, closed_at)
SELECT bv.id, ELT(1 + s.seq % 8, 'ROADS_LIGHTING', 'LAND_HOUSING', 'SOCIAL_ALLOWANCE', 'HEALTH_INSURANCE', 'ONLINE_SERVICES', 'SECURITY_SCAMS',
                  'ENVIRONMENT', 'OTHER'),
       'Kiến nghị thử tải', 'PHONE', IF(s.seq % 4 = 0, 'FORWARDED', 'CLOSED'), IF(s.seq % 4 = 0, NULL, 'Đã trả lời'),
       @first + INTERVAL (s.seq % 715) DAY + INTERVAL 7 DAY, @first + INTERVAL (s.seq % 715) DAY,
       IF(s.seq % 4 = 0, NULL, @first + INTERVAL (s.seq % 715) DAY + INTERVAL (s.seq % 10) DAY),
       IF(s.seq % 4 = 0, NULL, @first + INTERVAL (s.seq % 715) DAY + INTERVAL (s.seq % 10 + 1) DAY)
FROM seq_1_to_50000 s JOIN bench_village bv ON bv.idx = s.seq % 1000;
SQL
