package vn.tramso.base.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an import file, CSV (UTF-8, comma or semicolon) or Excel (.xlsx, its first sheet), into a
 * {@link Table} with the columns asked for. Cells are read as they show on screen (a year stays
 * "1956", not "1956.0"). Refuses, with a message in Vietnamese, a file over
 * {@value #MAX_BYTES} bytes or {@value #MAX_ROWS} rows, one not in UTF-8, and one missing a
 * required column; unknown columns are ignored.
 */
public final class TableReader {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 100_000;

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
                table.add(record.toList());
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
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                while (table.size() < row.getRowNum()) {
                    table.add(List.of()); // keep row numbers as Excel shows them
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                table.add(cells);
                if (table.size() > MAX_ROWS + 1) {
                    break;
                }
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw new TableException("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không phải .xlsx.", e);
        }
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.replace('\u00A0', ' ').strip();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
