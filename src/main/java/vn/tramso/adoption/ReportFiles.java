package vn.tramso.adoption;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.tramso.base.Formats;
import vn.tramso.base.Messages;
import vn.tramso.base.Text;
import vn.tramso.base.table.Progress;
import vn.tramso.base.table.TableCell;
import vn.tramso.base.table.TableWriter;

/**
 * Writes a {@link Report} in a fixed layout a clerk can merge with other communes' files: what the
 * report is (place, period, author, time, data as of) in the first rows, then one header row and
 * one row per village: its province, commune and village, then for each indicator its numerator,
 * denominator and value; the place's total last. The same layout in both formats, written by the
 * app's one spreadsheet writer ({@link TableWriter}: Excel streamed, names string cells, never
 * formulas; CSV in UTF-8 with a byte order mark, formula-like names neutralised); what is the
 * report's own is here: the layout, the file names, the formats offered.
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
            ReportFiles.write(report, this == XLSX ? TableWriter.xlsx(out, "Báo cáo") : TableWriter.csv(out), progress);
        }
    }

    public static void xlsx(Report report, OutputStream out) {
        Format.XLSX.write(report, out, Progress.NONE);
    }

    public static void csv(Report report, OutputStream out) {
        Format.CSV.write(report, out, Progress.NONE);
    }

    /** The layout, the same in both formats: what the report is, the header row, the villages, the total. */
    private static void write(Report report, TableWriter file, Progress progress) {
        List<ReportRow> rows = rows(report);
        try (file) {
            about(report).forEach(about -> file.labelled(about.get(0), about.get(1)));
            file.separator();
            file.header(headers());
            int done = 0;
            for (ReportRow row : rows) {
                progress.rows(done++, rows.size());
                List<TableCell> cells = new ArrayList<>(List.of(TableCell.text(row.province()), TableCell.text(row.commune()),
                        TableCell.text(row.village())));
                for (Indicator indicator : Indicator.values()) {
                    Measure m = indicator.of(row.figures());
                    cells.add(TableCell.whole(m.numerator()));
                    cells.add(TableCell.whole(m.denominator()));
                    cells.add(TableCell.oneDecimal(m.value()));
                }
                file.row(cells);
            }
            file.freeze(3, HEADER_ROW + 1);
        }
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
