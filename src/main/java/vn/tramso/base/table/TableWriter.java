package vn.tramso.base.table;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The one writer of spreadsheets in this app (issue 22): the import files, their templates and
 * exports, and the upward reports, in Excel (.xlsx) or CSV, written row by row into the caller's
 * stream. The two formats carry the same rows: CSV through {@link CsvFile} (UTF-8 with a byte-order
 * mark so Excel shows Vietnamese, every cell that begins like a formula neutralised), Excel through
 * {@link ExcelFile} (streamed, so a province's thousand villages stay small in memory; text always a
 * string cell, never a formula; numbers as numbers a clerk can add up). What is specific to a file
 * (its description rows, its columns) stays with whoever writes it; the import files' shape is
 * here ({@link #csv(List, List)}, {@link #xlsx(String, List, List)}), so what is exported imports
 * back unchanged.
 */
public abstract sealed class TableWriter implements AutoCloseable permits CsvFile, ExcelFile {

    /** CSV into the stream, which stays open when the writer is closed. */
    public static TableWriter csv(OutputStream out) {
        return new CsvFile(out);
    }

    /** An Excel workbook of one sheet, written into the stream (which stays open) when the writer is closed. */
    public static TableWriter xlsx(OutputStream out, String sheetName) {
        return new ExcelFile(out, sheetName);
    }

    /** An import file as CSV: its header row, then the rows ({@link CsvFile}: cells that begin like a formula get a leading apostrophe). */
    public static byte[] csv(List<Column> columns, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter csv = csv(out)) {
            importFile(csv, columns, rows);
        }
        return out.toByteArray();
    }

    /**
     * An import file (or its template, without rows) as Excel: every column in the text format, so
     * phone numbers keep their leading 0 and "=…" stays text, in the rows written and those typed later.
     */
    public static byte[] xlsx(String sheetName, List<Column> columns, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter xlsx = xlsx(out, sheetName)) {
            importFile(xlsx, columns, rows);
        }
        return out.toByteArray();
    }

    private static void importFile(TableWriter file, List<Column> columns, List<List<String>> rows) {
        file.textColumns(columns.size());
        file.header(columns.stream().map(Column::header).toList());
        rows.forEach(file::texts);
    }

    /**
     * Keeps the first columns as text (Excel's text format, and a wider column) for what a person
     * types into them later, as in an import template. Called before any row.
     */
    public abstract void textColumns(int count);

    /** A row that says what the file is: a label (bold in Excel) and its value. */
    public abstract void labelled(String label, String value);

    /** The row of column headers (bold in Excel). */
    public abstract void header(List<String> headers);

    public abstract void row(List<TableCell> cells);

    /** A row of text cells. */
    public void texts(List<String> cells) {
        row(cells.stream().map(TableCell::text).toList());
    }

    /**
     * Between a file's description rows and its table: an empty line in CSV, which has no bold to
     * set the header apart; nothing in Excel, whose header row is bold.
     */
    public abstract void separator();

    /** Keeps the first columns and rows in view while scrolling (Excel only). */
    public abstract void freeze(int columns, int rows);

    /** Finishes the file: Excel writes the workbook out, CSV flushes. The caller's stream stays open. */
    @Override
    public abstract void close();
}
