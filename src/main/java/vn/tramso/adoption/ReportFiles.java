package vn.tramso.adoption;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tramso.base.Formats;
import vn.tramso.base.Messages;
import vn.tramso.base.table.CsvFile;
import vn.tramso.base.table.Progress;
import vn.tramso.base.Text;

/**
 * Writes a {@link Report} in a fixed layout a clerk can merge with other communes' files: what the
 * report is (place, period, author, time, data as of) in the first rows, then one header row and
 * one row per village: its province, commune and village, then for each indicator its numerator,
 * denominator and value; the place's total last. Excel streams its rows (a province's thousand
 * villages stay small in memory; names are string cells, never formulas); CSV has the same columns,
 * written by {@link CsvFile} (UTF-8 with a byte order mark, formula-like names neutralised).
 */
public final class ReportFiles {

    /** The first row of the table (0-based) in the Excel file, after the description rows. */
    public static final int HEADER_ROW = 5;

    private ReportFiles() {
    }

    /** The formats of the upward report. */
    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("csv", "text/csv;charset=UTF-8");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }

        /** Writes the report, telling how many of its rows (villages and the total) are written. */
        public void write(Report report, OutputStream out, Progress progress) {
            switch (this) {
                case XLSX -> xlsx(report, out, progress);
                case CSV -> csv(report, out, progress);
            }
        }
    }

    public static void xlsx(Report report, OutputStream out) {
        xlsx(report, out, Progress.NONE);
    }

    public static void csv(Report report, OutputStream out) {
        csv(report, out, Progress.NONE);
    }

    private static void xlsx(Report report, OutputStream out, Progress progress) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            List<List<String>> about = about(report);
            for (int i = 0; i < about.size(); i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(about.get(i).get(0));
                row.createCell(1).setCellValue(about.get(i).get(1));
                row.getCell(0).setCellStyle(bold);
            }
            Row header = sheet.createRow(HEADER_ROW);
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(bold);
            }
            int r = HEADER_ROW + 1;
            List<ReportRow> rows = rows(report);
            for (ReportRow row : rows) {
                progress.rows(r - HEADER_ROW - 1, rows.size());
                Row out0 = sheet.createRow(r++);
                out0.createCell(0).setCellValue(row.province());
                out0.createCell(1).setCellValue(row.commune());
                out0.createCell(2).setCellValue(row.village());
                int c = 3;
                for (Indicator indicator : Indicator.values()) {
                    Measure m = indicator.of(row.figures());
                    out0.createCell(c++).setCellValue(m.numerator());
                    out0.createCell(c++).setCellValue(m.denominator());
                    Cell value = out0.createCell(c++);
                    if (m.value() != null) {
                        value.setCellValue(m.value());
                        value.setCellStyle(decimal);
                    }
                }
            }
            sheet.createFreezePane(3, HEADER_ROW + 1);
            workbook.write(out);
            progress.rows(rows.size(), rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(Report report, OutputStream out, Progress progress) {
        CsvFile csv = new CsvFile(out);
        about(report).forEach(csv::row);
        csv.blankLine();
        csv.row(headers());
        List<ReportRow> rows = rows(report);
        int done = 0;
        for (ReportRow row : rows) {
            progress.rows(done++, rows.size());
            List<String> cells = new ArrayList<>(List.of(row.province(), row.commune(), row.village()));
            for (Indicator indicator : Indicator.values()) {
                Measure m = indicator.of(row.figures());
                cells.add(String.valueOf(m.numerator()));
                cells.add(String.valueOf(m.denominator()));
                cells.add(m.value() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", m.value()));
            }
            csv.row(cells);
        }
        csv.flush();
        progress.rows(rows.size(), rows.size());
    }

    /** The file's name: "tram-so-xa-hong-quang-12-2026.xlsx". */
    public static String fileName(Report report, String extension) {
        return fileName(report.area(), report.period(), extension);
    }

    /** The file's name: "tram-so-xa-hong-quang-12-2026.pdf". */
    public static String fileName(Area area, Period period, String extension) {
        String place = Text.withoutTones(area.name()).toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return "tram-so-" + place + "-" + period.label().replace("Quý ", "q").replace('/', '-') + "." + extension;
    }

    private static List<List<String>> about(Report report) {
        return List.of(
                List.of(Messages.vi("report.title"), report.area().name()),
                List.of(Messages.vi("report.period"), report.period().label()),
                List.of(Messages.vi("report.author"), report.author()),
                List.of(Messages.vi("report.made-at"), Formats.dateTime(report.madeAt())),
                List.of(Messages.vi("report.data-as-of"), Formats.dateTime(report.dataAsOf())));
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(Messages.vi("report.province"), Messages.vi("report.commune"),
                Messages.vi("report.village")));
        for (Indicator indicator : Indicator.values()) {
            String label = Messages.vi(indicator.labelKey());
            headers.add(label + " – " + Messages.vi("report.numerator"));
            headers.add(label + " – " + Messages.vi("report.denominator"));
            headers.add(label + " – " + Messages.vi("report.value"));
        }
        return headers;
    }

    /** The villages, then the place's total. */
    private static List<ReportRow> rows(Report report) {
        List<ReportRow> rows = new ArrayList<>(report.rows());
        rows.add(new ReportRow(Messages.vi("report.total"), "", report.area().name(), report.total()));
        return rows;
    }
}
