package vn.tramso.base.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way this app writes CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese
 * correctly), commas, and every cell passed through {@link Formulas#neutralised}, so no cell opens
 * as a formula. The caller owns the stream: {@link #flush} writes out what is buffered and leaves
 * it open.
 */
public final class CsvFile {

    private final Writer writer;
    private final CSVPrinter printer;

    public CsvFile(OutputStream out) {
        writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
            printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(c -> c == null ? "" : Formulas.neutralised(c)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void blankLine() {
        try {
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
