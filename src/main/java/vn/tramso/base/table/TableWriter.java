package vn.tramso.base.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows in the shape of an import file: CSV through {@link CsvFile} (UTF-8 with a byte-order
 * mark, formula-like cells neutralised), or Excel (.xlsx, streamed, every cell a string cell with
 * the text format, so phone numbers keep their leading 0 and "=…" stays text, never a formula).
 * What is exported can be imported again unchanged.
 */
public final class TableWriter {

    private TableWriter() {
    }

    /** CSV as every CSV of this app is written ({@link CsvFile}: cells that begin like a formula get a leading apostrophe). */
    public static byte[] csv(List<Column> columns, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvFile csv = new CsvFile(out);
        csv.row(columns.stream().map(Column::header).toList());
        rows.forEach(csv::row);
        csv.flush();
        return out.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<Column> columns, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xlsx(sheetName, columns, rows, out);
        return out.toByteArray();
    }

    public static void xlsx(String sheetName, List<Column> columns, List<List<String>> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            DataFormat format = workbook.createDataFormat();
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(format.getFormat("@"));
            CellStyle head = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setDataFormat(format.getFormat("@"));
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
                header.getCell(c).setCellStyle(head);
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 18 * 256);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                    row.getCell(c).setCellStyle(text);
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
