package vn.tramso.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestStaff;
import vn.tramso.base.table.ImportProblem;
import vn.tramso.base.table.ImportRefusedException;
import vn.tramso.base.table.ImportReport;
import vn.tramso.base.table.Progress;
import vn.tramso.base.table.Table;
import vn.tramso.base.table.TableReader;
import vn.tramso.base.table.TableWriter;
import vn.tramso.booking.TestVillages;
import vn.tramso.place.Village;

/** Households and members from a register file: dry run, all or nothing, idempotent, duplicates once, 20,000 rows. */
@IntegrationTest
class HouseholdImportTest {

    static final String HEADER = "Mã thôn,Mã hộ,Chủ hộ,Xóm/Tổ,Địa chỉ,Họ và tên,Năm sinh,Giới tính,Điện thoại\n";
    private static final AtomicInteger VILLAGES = new AtomicInteger();

    @Autowired
    HouseholdImport imports;
    @Autowired
    TestStaff staff;
    @Autowired
    TestVillages villages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Households households;

    @Test
    void a_good_file_imports_households_and_members_once_and_again_changes_nothing() throws Exception {
        Village v = village();
        Table file = csv(HEADER
                + v.code() + ",H001,Nguyễn Văn An,Xóm Đông,Số 1,Nguyễn Văn An,1962,Nam,912345678\n"
                + v.code() + ",H001,Nguyễn Văn An,Xóm Đông,Số 1,Lê Thị Bích,1965,nu,\n"
                + v.code() + ",h002,,Xóm Tây,,Trần Văn Cường,,Nam,0987 654 321\n"
                + v.code() + ",H001,Nguyễn Văn An,Xóm Đông,Số 1,Lê Thị Bích,1965,Nữ,\n");

        ImportReport dryRun = staff.as("lanhdao.hongquang", () -> imports.preview(file, Progress.NONE));
        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.added()).as("two households and three members").isEqualTo(5);
        assertThat(dryRun.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.row()).isEqualTo(5);
            assertThat(d.message()).contains("dòng 3");
        });
        assertThat(members(v)).as("a dry run writes nothing").isZero();

        staff.as("lanhdao.hongquang", () -> imports.commit(file, Progress.NONE));
        assertThat(members(v)).isEqualTo(3);
        assertThat(jdbc.sql("""
                        SELECT m.phone FROM household_member m JOIN household h ON h.id = m.household_id
                        WHERE h.village_id = :v AND m.full_name = 'Nguyễn Văn An'""")
                .param("v", v.id()).query(String.class).single()).as("the 0 a spreadsheet dropped is back").isEqualTo("0912345678");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM household WHERE village_id = :v AND code = 'H002'").param("v", v.id())
                .query(Integer.class).single()).isEqualTo(1);

        ImportReport again = staff.as("lanhdao.hongquang", () -> imports.commit(file, Progress.NONE));
        assertThat(again.added()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(members(v)).isEqualTo(3);
    }

    @Test
    void a_later_file_changes_a_households_hamlet_and_a_members_phone_and_keeps_the_rest() throws Exception {
        Village v = village();
        Table first = csv(HEADER
                + v.code() + ",M5,Đào Văn Minh,Xóm Một,,Đào Văn Minh,1970,Nam,\n"
                + v.code() + ",M5,Đào Văn Minh,Xóm Một,,Đào Thị Nga,,Nữ,\n");
        Table moved = csv(HEADER
                + v.code() + ",M5,Đào Văn Minh,Xóm Hai,,Đào Văn Minh,1970,Nam,0912000111\n"
                + v.code() + ",M5,Đào Văn Minh,Xóm Hai,,Đào Thị Nga,,Nữ,\n");
        staff.as("lanhdao.hongquang", () -> imports.commit(first, Progress.NONE));

        ImportReport later = staff.as("lanhdao.hongquang", () -> imports.commit(moved, Progress.NONE));

        assertThat(later.changed()).as("the household and Minh").isEqualTo(2);
        assertThat(later.unchanged()).as("Nga").isEqualTo(1);
        assertThat(staff.as("lanhdao.hongquang", () -> imports.export(v.id()))).containsExactly(
                List.of(v.code(), "M5", "Đào Văn Minh", "Xóm Hai", "", "Đào Văn Minh", "1970", "Nam", "0912000111"),
                List.of(v.code(), "M5", "Đào Văn Minh", "Xóm Hai", "", "Đào Thị Nga", "", "Nữ", ""));
        assertThat(staff.as("lanhdao.hongquang", () -> households.households(v.id(), ""))).singleElement().satisfies(h -> {
            assertThat(h.members()).isEqualTo(2);
            assertThat(h.adults()).as("Nga, without a birth year, came in as an adult and stays one").isEqualTo(2);
        });
    }

    @Test
    void every_bad_cell_is_listed_by_row_and_column_in_vietnamese_and_nothing_is_written() throws Exception {
        Village v = village();
        Table file = csv(HEADER
                + v.code() + ",H1,,,,Đinh Văn Một,1970,Nam,\n"
                + "HN-HV-VAN-LA,H2,,,,Đinh Văn Hai,1970,Nam,\n"
                + v.code() + ",,,,,,19x0,Đực,12345\n"
                + v.code() + ",H1,Đinh Văn Một,,,Đinh Văn Ba,1890,,\n"
                + v.code() + ",H1,,,,Đinh Văn Một,1970,Nữ,\n");

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> staff.as("lanhdao.hongquang", () -> imports.commit(file, Progress.NONE)));

        assertThat(refused).isNotNull();
        assertThat(refused.report().problems()).extracting(ImportProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 3, cột 'Mã thôn'").contains("không có thôn 'HN-HV-VAN-LA'"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 4, cột 'Mã hộ': còn trống"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 4, cột 'Họ và tên': còn trống"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 4, cột 'Năm sinh'").contains("19x0"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 4, cột 'Giới tính'").contains("Nam, Nữ, Khác"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 4, cột 'Điện thoại'"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 5, cột 'Năm sinh'"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 5, cột 'Chủ hộ'").contains("dòng 2"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 6, cột 'Họ và tên'").contains("dòng 2"));
        assertThat(members(v)).as("all or nothing").isZero();
    }

    @Test
    void a_hamlet_or_address_that_begins_like_a_formula_is_listed_by_row_and_column_and_nothing_is_written() throws Exception {
        Village v = village();
        Table file = csv(HEADER
                + v.code() + ",H1,,\"=HYPERLINK(\"\"http://evil.example\"\")\",,Đinh Văn Một,1970,Nam,\n"
                + v.code() + ",H2,,Xóm Đông,'@SUM(A1),Đinh Văn Hai,1970,Nam,\n");

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> staff.as("lanhdao.hongquang", () -> imports.commit(file, Progress.NONE)));

        assertThat(refused.report().problems()).extracting(ImportProblem::toString).containsExactly(
                "Dòng 2, cột 'Xóm/Tổ': không được bắt đầu bằng =, +, -, @ hay dấu tab: bảng tính sẽ hiểu là công thức",
                "Dòng 3, cột 'Địa chỉ': không được bắt đầu bằng =, +, -, @ hay dấu tab: bảng tính sẽ hiểu là công thức");
        assertThat(members(v)).isZero();
    }

    @Test
    void the_export_has_the_import_shape_and_imports_back_unchanged() throws Exception {
        Village v = village();
        Table file = csv(HEADER
                + v.code() + ",A-1,Hoàng Văn Nam,Tổ 3,Ngõ 2,Hoàng Văn Nam,1955,Nam,0355123456\n"
                + v.code() + ",A-1,Hoàng Văn Nam,Tổ 3,Ngõ 2,Hoàng Thị Hoa,,Nữ,\n");
        staff.as("lanhdao.hongquang", () -> imports.commit(file, Progress.NONE));

        List<List<String>> rows = staff.as("lanhdao.hongquang", () -> imports.export(v.id()));
        assertThat(rows).containsExactly(
                List.of(v.code(), "A-1", "Hoàng Văn Nam", "Tổ 3", "Ngõ 2", "Hoàng Văn Nam", "1955", "Nam", "0355123456"),
                List.of(v.code(), "A-1", "Hoàng Văn Nam", "Tổ 3", "Ngõ 2", "Hoàng Thị Hoa", "", "Nữ", ""));

        Table back = TableReader.read("ho-gia-dinh.xlsx", TableWriter.xlsx("ho-gia-dinh", HouseholdImport.COLUMNS, rows),
                HouseholdImport.COLUMNS);
        ImportReport report = staff.as("lanhdao.hongquang", () -> imports.preview(back, Progress.NONE));
        assertThat(report.ok()).isTrue();
        assertThat(report.added()).isZero();
        assertThat(report.changed()).isZero();
    }

    @Test
    void a_volunteer_imports_only_their_own_village() throws Exception {
        Village v = village();
        Table file = csv(HEADER
                + "HY-HQ-TRA-PHUONG,Z1,,,,Mai Văn Một,1980,,\n"
                + v.code() + ",Z1,,,,Mai Văn Hai,1980,,\n");
        ImportReport report = staff.as("tnv.traphuong", () -> imports.preview(file, Progress.NONE));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Mã thôn");
        });
    }

    @Test
    void a_file_of_20000_members_imports_whole_in_excel_with_progress_and_again_changes_nothing() throws Exception {
        Village v = village();
        List<List<String>> rows = TestRegister.rows(v.code(), 20_000);
        Table file = TableReader.read("lon.xlsx", TableWriter.xlsx("ho-gia-dinh", HouseholdImport.COLUMNS, rows),
                HouseholdImport.COLUMNS);
        List<Integer> told = new ArrayList<>();

        ImportReport report = staff.as("lanhdao.hongquang", () -> imports.commit(file, (done, total) -> told.add(done)));

        assertThat(report.ok()).isTrue();
        assertThat(report.added()).isEqualTo(24_000);
        assertThat(members(v)).isEqualTo(20_000);
        assertThat(told).as("progress grows to the end").isSorted().hasSizeGreaterThan(10).last().isEqualTo(40_000);
        ImportReport again = staff.as("lanhdao.hongquang", () -> imports.preview(file, Progress.NONE));
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(24_000);
    }

    @Test
    void an_older_file_does_not_bring_back_a_member_erased_on_request_and_the_rest_imports() throws Exception {
        Village v = village();
        String older = HEADER
                + v.code() + ",K7,Hà Văn Khoa,Xóm Trại,,Hà Văn Khoa,1948,Nam,0912888001\n"
                + v.code() + ",K7,Hà Văn Khoa,Xóm Trại,,Hà Thị Mến,1979,Nữ,\n";
        Table first = csv(older);
        staff.as("lanhdao.hongquang", () -> imports.commit(first, Progress.NONE));
        long khoa = jdbc.sql("""
                        SELECT m.id FROM household_member m JOIN household h ON h.id = m.household_id
                        WHERE h.village_id = :v AND m.full_name = 'Hà Văn Khoa'""")
                .param("v", v.id()).query(Long.class).single();
        staff.run("lanhdao.hongquang", () -> households.erase(khoa));

        Table again = csv(older + v.code() + ",K7,Hà Văn Khoa,Xóm Trại,,Hà Văn Tùng,2008,Nam,\n");
        ImportReport dryRun = staff.as("lanhdao.hongquang", () -> imports.preview(again, Progress.NONE));
        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.skipped()).extracting(ImportProblem::toString)
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 2: Thành viên này đã được xoá theo yêu cầu"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 2, cột 'Chủ hộ': Chủ hộ này đã được xoá theo yêu cầu"))
                .noneSatisfy(p -> assertThat(p).contains("Khoa"));
        assertThat(dryRun.added()).as("the new son only").isEqualTo(1);
        assertThat(dryRun.changed()).isZero();

        staff.as("lanhdao.hongquang", () -> imports.commit(again, Progress.NONE));
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM household_member m JOIN household h ON h.id = m.household_id
                        WHERE h.village_id = :v AND (m.full_name = 'Hà Văn Khoa' OR h.head_name = 'Hà Văn Khoa')""")
                .param("v", v.id()).query(Integer.class).single()).as("not back, as a member or as the head").isZero();
        assertThat(members(v)).as("Mến, Tùng and the erased row").isEqualTo(3);
    }

    private Village village() {
        return villages.create("HI" + System.nanoTime() % 100_000 + VILLAGES.incrementAndGet(), 1);
    }

    private int members(Village v) {
        return jdbc.sql("SELECT COUNT(*) FROM household_member m JOIN household h ON h.id = m.household_id WHERE h.village_id = :v")
                .param("v", v.id()).query(Integer.class).single();
    }

    private static Table csv(String text) throws Exception {
        return TableReader.read("ho-gia-dinh.csv", text.getBytes(StandardCharsets.UTF_8), HouseholdImport.COLUMNS);
    }
}
