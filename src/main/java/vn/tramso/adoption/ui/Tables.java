package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** Plain HTML tables of text: the tables behind the dashboards' charts and lists. */
final class Tables {

    private Tables() {
    }

    static NativeTable table(List<String> headers) {
        NativeTable table = new NativeTable();
        NativeTableRow row = table.getHead().addRow();
        headers.forEach(h -> row.addHeaderCell().setText(h));
        return table;
    }

    static void row(NativeTable table, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (String c : cells) {
            row.addDataCell().setText(c);
        }
    }
}
