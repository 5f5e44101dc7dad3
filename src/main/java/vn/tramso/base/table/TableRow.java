package vn.tramso.base.table;

import java.util.Map;

/**
 * One row of data as the file holds it: its row number as a spreadsheet shows it (the header is
 * row 1) and each cell's text, trimmed, by column.
 */
public record TableRow(int number, Map<String, String> cells) {

    public TableRow {
        cells = Map.copyOf(cells);
    }

    /** The cell's text, or "" when empty or missing. */
    public String get(Column column) {
        return cells.getOrDefault(column.key(), "");
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(String::isBlank);
    }
}
