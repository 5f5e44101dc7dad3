package vn.tramso.adoption.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
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

    /**
     * Repeats each column's header on its cells (data-label), for a phone held upright where a
     * row reads as a card of "header: value" lines instead of a table wider than the screen.
     */
    static NativeTable labelled(NativeTable table) {
        List<String> headers = table.getHead().getElement().getChild(0).getChildren().map(Element::getText).toList();
        table.getBody().getElement().getChildren().forEach(row -> {
            for (int i = 0; i < row.getChildCount() && i < headers.size(); i++) {
                row.getChild(i).setAttribute("data-label", headers.get(i));
            }
        });
        return table;
    }

    static void row(NativeTable table, String... cells) {
        NativeTableRow row = table.getBody().addRow();
        for (String c : cells) {
            row.addDataCell().setText(c);
        }
    }
}
