package vn.tramso.base.table;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.SAXException;
import vn.tramso.base.BoundedInput;

/**
 * Reads an import file, CSV (UTF-8, comma or semicolon) or Excel (.xlsx, its first sheet), into a
 * {@link Table} with the columns asked for. Cells are read as they show on screen (a year stays
 * "1956", not "1956.0"). Refuses, with a message in Vietnamese, a file over
 * {@value #MAX_BYTES} bytes, {@value #MAX_ROWS} rows or {@value #MAX_COLUMNS} columns, one not in
 * UTF-8, and one missing a required column; unknown columns are ignored. Excel files are read as
 * a stream of cells ({@link ExcelRows}), and the row and column limits apply as cells arrive, so a
 * small file that names a far cell on every row never builds a large table. A cell the export
 * neutralised ("'=…") reads back as it was ("=…"), for the import's checks to refuse.
 */
public final class TableReader {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;
    /** The widest import has 11 columns; a cell beyond this one is refused as it is read. */
    public static final int MAX_COLUMNS = 50;

    private TableReader() {
    }

    public static Table read(String fileName, byte[] bytes, List<Column> columns) throws TableException {
        if (bytes.length > MAX_BYTES) {
            throw new TableException("Tệp quá lớn: tối đa " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> table;
        if (lower.endsWith(".xlsx")) {
            table = xlsx(bytes);
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            table = csv(bytes);
        } else {
            throw new TableException("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).");
        }
        if (table.isEmpty()) {
            throw new TableException("Tệp không có dữ liệu.");
        }
        return table(fileName, table, columns);
    }

    private static Table table(String fileName, List<List<String>> table, List<Column> columns) throws TableException {
        Map<String, Integer> index = new HashMap<>();
        List<String> header = table.getFirst();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(Column.key(header.get(i)), i);
        }
        List<String> missing = columns.stream().filter(c -> c.required() && !index.containsKey(c.key()))
                .map(Column::header).toList();
        if (!missing.isEmpty()) {
            throw new TableException("Thiếu cột: " + String.join(", ", missing)
                    + ". Hãy dùng tệp mẫu; dòng đầu tiên phải là tên các cột.");
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw new TableException("Tệp có quá nhiều dòng: tối đa " + MAX_ROWS + ".");
        }
        List<TableRow> rows = new ArrayList<>(table.size());
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (Column c : columns) {
                Integer i = index.get(c.key());
                values.put(c.key(), i == null || i >= cells.size() ? "" : clean(cells.get(i)));
            }
            TableRow row = new TableRow(r + 1, values);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new Table(fileName, columns, rows);
    }

    private static List<List<String>> csv(byte[] bytes) throws TableException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TableException("Tệp CSV không lưu bằng mã UTF-8. Trong Excel, chọn Lưu thành → \"CSV UTF-8\".");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                for (int c = MAX_COLUMNS; c < cells.size(); c++) {
                    if (!cells.get(c).isBlank()) {
                        throw new TableException(tooWide(table.size() + 1, c));
                    }
                }
                table.add(cells.size() > MAX_COLUMNS ? List.copyOf(cells.subList(0, MAX_COLUMNS)) : cells);
                if (table.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new TableException("Không đọc được tệp CSV (có thể thiếu dấu ngoặc kép đóng): " + e.getMessage(), e);
        }
        return table;
    }

    private static List<List<String>> xlsx(byte[] bytes) throws TableException {
        Path file = null;
        try {
            file = Files.createTempFile("tramso-import-", ".xlsx");
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return ExcelRows.read(pkg);
            }
        } catch (ExcelRows.Refused e) {
            throw new TableException(e.getMessage());
        } catch (BoundedInput.TooLargeException e) {
            throw new TableException("Tệp Excel quá lớn khi giải nén: mỗi phần tối đa " + e.max() / (1024 * 1024) + " MB.");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (zipGuard(e)) {
                throw new TableException(ExcelRows.TOO_LARGE, e);
            }
            throw new TableException("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không phải .xlsx.", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /** POI's zip-bomb guard (an entry packed over 100 times, or past the largest entry allowed), however it is wrapped. */
    private static boolean zipGuard(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb detected") || message.contains("exceeds the max")) {
                return true;
            }
        }
        return false;
    }

    private static String clean(String cell) {
        return cell == null ? "" : Formulas.restored(cell.replace('\u00A0', ' ').strip());
    }

    /** "Dòng 7, cột XFD: …": a cell beyond the widest table any import needs. */
    static String tooWide(int row, int column) {
        return new ImportProblem(row, CellReference.convertNumToColString(column),
                "tệp chỉ được có tối đa " + MAX_COLUMNS + " cột (đến cột " + CellReference.convertNumToColString(MAX_COLUMNS - 1)
                        + "). Hãy xoá các cột thừa.").toString();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
