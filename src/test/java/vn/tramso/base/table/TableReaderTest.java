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

    private static String refusal(String name, byte[] bytes) {
        TableException e = catchThrowableOfType(TableException.class, () -> TableReader.read(name, bytes, COLUMNS));
        assertThat(e).as("refused").isNotNull();
        return e.getMessage();
    }
}
