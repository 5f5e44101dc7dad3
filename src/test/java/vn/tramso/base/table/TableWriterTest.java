package vn.tramso.base.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one spreadsheet writer: the same rows in CSV and Excel, numbers as numbers, text never a formula. */
class TableWriterTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\")";

    @Test
    void a_described_table_reads_the_same_in_csv_and_excel() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (TableWriter file = TableWriter.csv(csv)) {
            write(file);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (TableWriter file = TableWriter.xlsx(xlsx, "Bảng")) {
            write(file);
        }

        assertThat(csv.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFFBáo cáo,Xã Hồng Quang", "", "Thôn,Số,Tỉ lệ,Trống", "\"'=HYPERLINK(\"\"http://evil.example\"\")\",-3,66.7,");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = book.getSheet("Bảng");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Báo cáo");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).as("no blank row in Excel").isEqualTo("Trống");
            Row row = sheet.getRow(2);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-3);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(66.666);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
        }
    }

    @Test
    void an_import_template_keeps_its_columns_as_text_for_what_is_typed_later() throws Exception {
        List<Column> columns = List.of(Column.required("Họ và tên"), Column.optional("Điện thoại"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableWriter.xlsx("ho", columns, List.of())))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Điện thoại");
            assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getLastRowNum()).isZero();
        }
    }

    private static void write(TableWriter file) {
        file.labelled("Báo cáo", "Xã Hồng Quang");
        file.separator();
        file.header(List.of("Thôn", "Số", "Tỉ lệ", "Trống"));
        file.row(List.of(TableCell.text(HYPERLINK), TableCell.whole(-3), TableCell.oneDecimal(66.666), TableCell.oneDecimal(null)));
        file.freeze(1, 2);
    }
}
