package vn.tramso.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.TestStaff;
import vn.tramso.place.PlaceLevel;

/** A province's report written in the background: its progress, its file, and who may have it. */
@IntegrationTest
class ReportExportsTest {

    @Autowired
    ReportExports exports;
    @Autowired
    TestStaff staff;
    @Autowired
    Adoption adoption;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_province_report_is_written_in_the_background_told_row_by_row_and_given_only_to_who_asked() throws Exception {
        TestDatabase.CLOCK.set(LocalDateTime.of(2026, 12, 3, 9, 0));
        long province = jdbc.sql("SELECT id FROM province WHERE code = 'HY'").query(Long.class).single();
        Period year = Period.of(Period.Kind.YEAR, LocalDate.of(2026, 1, 1));
        Area hungYen = new Area(PlaceLevel.PROVINCE, province, "", null);
        int villages = staff.as("tinh.hungyen", () -> adoption.report(hungYen, year)).rows().size();

        List<String> told = new CopyOnWriteArrayList<>();
        ReportExport export = staff.as("tinh.hungyen", () -> {
            ReportExport started = exports.start(hungYen, year, ReportFiles.Format.XLSX);
            started.onChange(() -> told.add(started.state() + " " + started.done() + "/" + started.total()));
            return started;
        });
        long waitUntil = System.nanoTime() + 60_000_000_000L;
        while (export.state() != ReportExport.State.READY && export.state() != ReportExport.State.FAILED && System.nanoTime() < waitUntil) {
            Thread.sleep(50);
        }

        assertThat(export.state()).isEqualTo(ReportExport.State.READY);
        assertThat(export.done()).isEqualTo(export.total()).isEqualTo(villages + 1);
        assertThat(told).last().isEqualTo("READY " + (villages + 1) + "/" + (villages + 1));
        assertThat(export.fileName()).startsWith("tram-so-tinh-hung-yen-").endsWith("2026.xlsx");
        try (InputStream in = export.open(); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Tỉnh Hưng Yên");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).as("the author, though written on another thread")
                    .isEqualTo("tinh.hungyen");
            assertThat(sheet.getLastRowNum() - ReportFiles.HEADER_ROW).as("one row per village and the total").isEqualTo(villages + 1);
        }

        assertThat(staff.as("tinh.hungyen", () -> exports.find(export.id()))).contains(export);
        assertThat(staff.as("tinh.hungyen", () -> exports.mine())).contains(export);
        assertThat(staff.as("admin", () -> exports.find(export.id()))).as("nobody else's, not even an admin's").isEmpty();
        assertThat(staff.as("admin", () -> exports.mine())).doesNotContain(export);
    }

    @Test
    void a_commune_leader_cannot_start_the_provinces_report() {
        long province = jdbc.sql("SELECT id FROM province WHERE code = 'HY'").query(Long.class).single();
        assertThatThrownBy(() -> staff.as("lanhdao.hongquang", () -> exports.start(new Area(PlaceLevel.PROVINCE, province, "", null),
                Period.of(Period.Kind.MONTH, LocalDate.of(2026, 11, 1)), ReportFiles.Format.CSV))).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.as("lanhdao.hongquang", () -> exports.mine())).isEmpty();
    }
}
