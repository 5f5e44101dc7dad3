package vn.tramso.base.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The Excel side of {@link TableWriter}: one sheet, streamed (200 rows in memory, the rest in a
 * temporary file POI deletes on close). Text is always a string cell, so "=…" stays text; numbers
 * are numeric cells, a value with one decimal in the format "0.0"; an empty value leaves its cell
 * blank. Text in the columns kept as text ({@link #textColumns}) has Excel's text format "@".
 */
final class ExcelFile extends TableWriter {

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle text;
    private final CellStyle bold;
    private final CellStyle boldText;
    private final CellStyle oneDecimal;
    private int textColumns;
    private int next;

    ExcelFile(OutputStream out, String sheetName) {
        this.out = out;
        sheet = workbook.createSheet(sheetName);
        DataFormat format = workbook.createDataFormat();
        Font font = workbook.createFont();
        font.setBold(true);
        text = workbook.createCellStyle();
        text.setDataFormat(format.getFormat("@"));
        bold = workbook.createCellStyle();
        bold.setFont(font);
        boldText = workbook.createCellStyle();
        boldText.setFont(font);
        boldText.setDataFormat(format.getFormat("@"));
        oneDecimal = workbook.createCellStyle();
        oneDecimal.setDataFormat(format.getFormat("0.0"));
    }

    @Override
    public void textColumns(int count) {
        textColumns = count;
        for (int c = 0; c < count; c++) {
            sheet.setDefaultColumnStyle(c, text);
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    @Override
    public void labelled(String label, String value) {
        Row row = sheet.createRow(next++);
        text(row, 0, label, true);
        text(row, 1, value, false);
    }

    @Override
    public void header(List<String> headers) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < headers.size(); c++) {
            text(row, c, headers.get(c), true);
        }
    }

    @Override
    public void row(List<TableCell> cells) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < cells.size(); c++) {
            switch (cells.get(c)) {
                case TableCell.Text t -> text(row, c, t.value(), false);
                case TableCell.Whole w -> row.createCell(c).setCellValue(w.value());
                case TableCell.OneDecimal d -> {
                    Cell cell = row.createCell(c);
                    if (d.value() != null) {
                        cell.setCellValue(d.value());
                        cell.setCellStyle(oneDecimal);
                    }
                }
            }
        }
    }

    private void text(Row row, int column, String value, boolean strong) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        CellStyle style = column < textColumns ? (strong ? boldText : text) : (strong ? bold : null);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    @Override
    public void separator() {
        // the bold header sets the table apart
    }

    @Override
    public void freeze(int columns, int rows) {
        sheet.createFreezePane(columns, rows);
    }

    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
