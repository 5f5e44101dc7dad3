package vn.tramso.base.table;

import java.util.List;

/** The rows of an import file, read whole, blank rows left out. */
public record Table(String fileName, List<Column> columns, List<TableRow> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
