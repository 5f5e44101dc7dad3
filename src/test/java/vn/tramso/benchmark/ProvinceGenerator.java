package vn.tramso.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a province for the dashboards' benchmark: 100 communes, 1,000 villages, 400,000
 * households with 1.5 million residents and their VNeID levels (level 1, then for some level 2) and
 * skills, 1+10 assignments, 10 million help sessions over two years (one in three with a resident of
 * the register) with their topics, the last 90 days' bookings, ratings for
 * three sessions in ten, and 50,000 concerns. Everything is made in SQL from MariaDB's sequence
 * tables ({@code seq_1_to_N}) with fixed arithmetic on the row number (no random), so every run
 * builds the same province. Each step is timed.
 */
final class ProvinceGenerator {

    /** {@code -Dbench.scale=0.01} builds a hundredth of the households, residents and sessions, to try the harness quickly. */
    static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    static final int COMMUNES = 100;
    static final int VILLAGES_PER_COMMUNE = 10;
    static final int VILLAGES = COMMUNES * VILLAGES_PER_COMMUNE;
    static final int HOUSEHOLDS = (int) (400_000 * SCALE);
    static final int RESIDENTS = (int) (1_500_000 * SCALE);
    static final int SESSIONS = (int) (10_000_000 * SCALE);
    static final int DAYS = 730;
    /** Rows per statement: each stays well within the app's 30-second statement limit. */
    static final int CHUNK = 200_000;

    record Step(String name, long rows, Duration took) {
    }

    private final JdbcClient jdbc;
    private final List<Step> steps = new ArrayList<>();

    ProvinceGenerator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Builds the province with sessions up to {@code lastDay}; the sessions' volunteer is {@code volunteerId}. */
    List<Step> generate(LocalDate lastDay, long volunteerId) {
        LocalDate first = lastDay.minusDays(DAYS - 1L);
        step("province, communes, villages", () -> {
            jdbc.sql("INSERT INTO province (code, name) VALUES ('BM', 'Tỉnh thử tải')").update();
            long rows = jdbc.sql("""
                    INSERT INTO commune (province_id, code, name, kind)
                    SELECT (SELECT id FROM province WHERE code = 'BM'), CONCAT('BM-', LPAD(seq, 3, '0')), CONCAT('Xã thử ', seq), 'XA'
                    FROM seq_1_to_%d""".formatted(COMMUNES)).update();
            return rows + jdbc.sql("""
                    INSERT INTO village (commune_id, code, name, kind, cultural_house_name)
                    SELECT c.id, CONCAT(c.code, '-', LPAD(s.seq, 2, '0')), CONCAT('Thôn ', c.code, '-', s.seq), 'THON',
                           CONCAT('Nhà văn hóa ', c.code, '-', s.seq)
                    FROM commune c JOIN seq_1_to_%d s WHERE c.code LIKE 'BM-%%'""".formatted(VILLAGES_PER_COMMUNE)).update();
        });
        jdbc.sql("DROP TABLE IF EXISTS bench_village").update();
        jdbc.sql("CREATE TABLE bench_village (idx INT PRIMARY KEY, id BIGINT NOT NULL)").update();
        jdbc.sql("""
                INSERT INTO bench_village SELECT ROW_NUMBER() OVER (ORDER BY v.id) - 1, v.id FROM village v
                JOIN commune c ON c.id = v.commune_id WHERE c.code LIKE 'BM-%'""").update();
        step("households", () -> jdbc.sql("""
                INSERT INTO household (village_id, code, last_visit_on, created_at, updated_at)
                SELECT bv.id, CONCAT('H', s.seq), IF((s.seq DIV %d) %% 10 < 7, :last - INTERVAL ((s.seq DIV %d) * 7 %% 700) DAY, NULL),
                       :created, :created
                FROM seq_1_to_%d s JOIN bench_village bv ON bv.idx = s.seq %% %d""".formatted(VILLAGES, VILLAGES, HOUSEHOLDS, VILLAGES))
                .param("last", lastDay).param("created", first.minusDays(30).atStartOfDay()).update());
        jdbc.sql("DROP TABLE IF EXISTS bench_household").update();
        jdbc.sql("CREATE TABLE bench_household (idx INT PRIMARY KEY, id BIGINT NOT NULL)").update();
        jdbc.sql("""
                INSERT INTO bench_household SELECT ROW_NUMBER() OVER (ORDER BY h.id) - 1, h.id FROM household h
                JOIN bench_village bv ON bv.id = h.village_id""").update();
        step("residents", () -> jdbc.sql("""
                INSERT INTO household_member (household_id, full_name, birth_year, adult, created_at, updated_at)
                SELECT bh.id, CONCAT('Người ', s.seq), 1940 + (s.seq DIV %d) %% 80, 1940 + (s.seq DIV %d) %% 80 <= 2012,
                       :created, :created
                FROM seq_1_to_%d s JOIN bench_household bh ON bh.idx = s.seq %% %d""".formatted(VILLAGES, VILLAGES, RESIDENTS, HOUSEHOLDS))
                .param("created", first.minusDays(30).atStartOfDay()).update());
        jdbc.sql("DROP TABLE IF EXISTS bench_member").update();
        jdbc.sql("CREATE TABLE bench_member (vidx INT, k INT, id BIGINT NOT NULL, adult BOOLEAN NOT NULL, PRIMARY KEY (vidx, k))").update();
        jdbc.sql("""
                INSERT INTO bench_member SELECT bv.idx, ROW_NUMBER() OVER (PARTITION BY bv.idx ORDER BY m.id) - 1, m.id, m.adult
                FROM household_member m JOIN household h ON h.id = m.household_id
                JOIN bench_village bv ON bv.id = h.village_id""").update();
        // Each village's residents numbered k = 0, 1, ...: of its adults, three in four reach level 1 on a day of the two years,
        // two in five of all go on to level 2 a month or more later, and one in seven has the five skills.
        String day = ":first + INTERVAL LEAST(%d, (bm.k * 37 + bm.vidx) %% 700 + %s) DAY";
        String levelOne = "SELECT bm.id, 'VNEID', 1, %s, 'IMPORT', :first FROM bench_member bm WHERE bm.adult AND bm.k %% 4 <> 0"
                .formatted(day.formatted(DAYS - 1, "0"));
        String levelTwo = ("SELECT bm.id, 'VNEID', 2, %s, 'IMPORT', :first FROM bench_member bm "
                + "WHERE bm.adult AND bm.k %% 4 <> 0 AND bm.k %% 20 < 11").formatted(day.formatted(DAYS - 1, "30 + bm.k % 90"));
        String skills = """
                SELECT bm.id, k.kind, 1, %s, 'IMPORT', :first FROM bench_member bm
                JOIN (SELECT 'SKILL_PUBLIC_SERVICES' AS kind UNION ALL SELECT 'SKILL_SHOP_ONLINE' UNION ALL SELECT 'SKILL_PAY_ONLINE'
                      UNION ALL SELECT 'SKILL_SAFE_ONLINE' UNION ALL SELECT 'SKILL_LOCAL_PLATFORMS') k
                WHERE bm.adult AND bm.k %% 7 = 0""".formatted(day.formatted(DAYS - 1, "10"));
        // One statement each: together they would pass the app's 30-second statement limit at full scale.
        step("VNeID and skills", () -> Stream.of(levelOne, levelTwo, skills)
                .mapToLong(select -> jdbc.sql("INSERT INTO member_fact (member_id, kind, value, as_of, source, recorded_at) " + select)
                        .param("first", first).update())
                .sum());
        step("1+10 assignments", () -> jdbc.sql("""
                INSERT INTO household_assignment (household_id, member_user_id, assigned_on)
                SELECT bh.id, :volunteer, :first FROM bench_household bh WHERE (bh.idx DIV 1000) % 10 < 6""")
                .param("volunteer", volunteerId).param("first", first).update());
        step("help sessions", () -> {
            long rows = 0;
            for (int from = 0; from < SESSIONS; from += CHUNK) {
                rows += jdbc.sql("""
                        INSERT INTO help_session (village_id, volunteer_id, member_id, started_at, minutes, place, autonomy, first_visit,
                                                  age_band, head_count, created_at, updated_at)
                        SELECT bv.id, :volunteer, bm.id, :first + INTERVAL (n %% %d) DAY + INTERVAL (8 + n %% 9) HOUR,
                               ELT(1 + n %% 6, 10, 15, 20, 30, 45, 60), ELT(1 + n %% 4, 'CULTURAL_HOUSE', 'CULTURAL_HOUSE', 'HOME', 'PHONE'),
                               ELT(1 + n %% 3, 'DONE_FOR_THEM', 'WITH_HELP', 'ALONE'), n %% 3 = 0, 'FROM_60', 1, :first, :first
                        FROM (SELECT seq + :offset AS n FROM seq_1_to_%d) s JOIN bench_village bv ON bv.idx = (n DIV 7) %% %d
                        LEFT JOIN bench_member bm ON n %% 3 = 0 AND bm.vidx = bv.idx AND bm.k = (n DIV 3) %% %d
                        """.formatted(DAYS, Math.min(CHUNK, SESSIONS - from), VILLAGES, RESIDENTS / VILLAGES))
                        .param("volunteer", volunteerId).param("first", first).param("offset", from).update();
            }
            return rows;
        });
        long[] ids = jdbc.sql("SELECT MIN(s.id), MAX(s.id) FROM help_session s JOIN bench_village bv ON bv.id = s.village_id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        step("session topics", () -> chunks(ids, """
                INSERT INTO help_session_topic (session_id, topic, outcome, reason)
                SELECT s.id, ELT(1 + s.id % 8, 'VNEID_LEVEL_2', 'VNEID_LEVEL_1', 'DOSSIER', 'PORTAL', 'SUCKHOE', 'THANHTOAN', 'LUADAO',
                                 'UNGDUNG'),
                       IF(s.id % 5 = 0, 'COULD_NOT', 'DONE'),
                       IF(s.id % 5 = 0, ELT(1 + s.id % 4, 'NO_CHIP_ID', 'NO_NETWORK', 'FORGOT_LOGIN', 'NO_TIME'), NULL)
                FROM help_session s WHERE s.id BETWEEN :lo AND :hi"""));
        step("bookings (last 90 days)", () -> chunks(ids, """
                INSERT INTO booking (code, idempotency_key, village_id, kind, service_date, ticket_number, topic, resident_name, channel,
                                     state, created_at, finished_at)
                SELECT LPAD(99999999 - s.id, 8, '0'), CONCAT('bench-', s.id), s.village_id, 'WALK_IN', DATE(s.started_at), s.id, 'luadao',
                       'Người thử', 'DESK', IF(s.id % 10 = 0, 'NO_SHOW', 'DONE'), s.started_at, s.started_at
                FROM help_session s WHERE s.id BETWEEN :lo AND :hi AND s.id % 10 < 6
                  AND s.started_at >= (SELECT MAX(started_at) FROM help_session) - INTERVAL 90 DAY"""));
        step("ratings", () -> chunks(ids, """
                INSERT INTO rating (village_id, channel, help_session_id, volunteer_id, done_today, score, created_at)
                SELECT s.village_id, ELT(1 + s.id % 4, 'KIOSK', 'STAFF_DEVICE', 'OWN_PHONE', 'PUBLIC_QR'), s.id, s.volunteer_id, s.id % 6 <> 0,
                       1 + (s.id DIV 3) % 5, s.started_at + INTERVAL 1 HOUR
                FROM help_session s WHERE s.id BETWEEN :lo AND :hi AND s.id % 10 < 3"""));
        step("concerns", () -> jdbc.sql("""
                INSERT INTO concern (village_id, category, text, source, status, answer, due_at, created_at, answered_at, closed_at)
                SELECT bv.id, ELT(1 + s.seq % 8, 'ROADS_LIGHTING', 'LAND_HOUSING', 'SOCIAL_ALLOWANCE', 'HEALTH_INSURANCE',
                                  'ONLINE_SERVICES', 'SECURITY_SCAMS', 'ENVIRONMENT', 'OTHER'),
                       'Kiến nghị thử tải', 'PHONE', IF(s.seq % 4 = 0, 'FORWARDED', 'CLOSED'), IF(s.seq % 4 = 0, NULL, 'Đã trả lời'),
                       :first + INTERVAL (s.seq % 715) DAY + INTERVAL 7 DAY, :first + INTERVAL (s.seq % 715) DAY,
                       IF(s.seq % 4 = 0, NULL, :first + INTERVAL (s.seq % 715) DAY + INTERVAL (s.seq % 10) DAY),
                       IF(s.seq % 4 = 0, NULL, :first + INTERVAL (s.seq % 715) DAY + INTERVAL (s.seq % 10 + 1) DAY)
                FROM seq_1_to_50000 s JOIN bench_village bv ON bv.idx = s.seq % 1000""").param("first", first).update());
        jdbc.sql("DROP TABLE bench_household").update();
        jdbc.sql("DROP TABLE bench_member").update();
        jdbc.sql("DROP TABLE bench_village").update();
        return steps;
    }

    private long chunks(long[] ids, String sql) {
        long rows = 0;
        for (long lo = ids[0]; lo <= ids[1]; lo += CHUNK) {
            rows += jdbc.sql(sql).param("lo", lo).param("hi", Math.min(ids[1], lo + CHUNK - 1)).update();
        }
        return rows;
    }

    private void step(String name, java.util.function.LongSupplier work) {
        long t0 = System.nanoTime();
        long rows = work.getAsLong();
        Step step = new Step(name, rows, Duration.ofNanos(System.nanoTime() - t0));
        steps.add(step);
        System.out.printf("  %-30s %,12d rows %8.1f s%n", name, rows, step.took().toMillis() / 1000.0);
    }
}
