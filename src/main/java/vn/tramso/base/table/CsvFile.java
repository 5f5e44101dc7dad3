package vn.tramso.base.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way this app writes CSV ({@link TableWriter#csv(OutputStream)}): UTF-8 with a byte-order
 * mark (so Excel shows Vietnamese correctly), commas, and every cell passed through
 * {@link Formulas#neutralised}, so no cell opens as a formula. The caller owns the stream:
 * {@link #close} writes out what is buffered and leaves it open.
 */
final class CsvFile extends TableWriter {

    private final CSVPrinter printer;

    CsvFile(OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void textColumns(int count) {
        // CSV cells are all text
    }

    @Override
    public void labelled(String label, String value) {
        texts(List.of(label, value));
    }

    @Override
    public void header(List<String> headers) {
        texts(headers);
    }

    @Override
    public void row(List<TableCell> cells) {
        try {
            printer.printRecord(cells.stream().map(c -> Formulas.neutralised(text(c))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(TableCell cell) {
        return switch (cell) {
            case TableCell.Text t -> t.value() == null ? "" : t.value();
            case TableCell.Whole w -> String.valueOf(w.value());
            case TableCell.OneDecimal d -> d.value() == null ? "" : String.format(Locale.ROOT, "%.1f", d.value());
        };
    }

    @Override
    public void separator() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void freeze(int columns, int rows) {
        // a CSV has no view to keep
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
