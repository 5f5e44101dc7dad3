package vn.tramso.adoption.ui;

import java.util.List;

/**
 * Plain HTML tables of text written into a {@link Markup}: the tables behind the dashboards' charts
 * and lists. Column headers are {@code th scope="col"}, and each cell repeats its column's header
 * (data-label), for a phone held upright where a row reads as a card of "header: value" lines
 * instead of a table wider than the screen.
 */
final class Tables {

    private final Markup markup;
    private final List<String> headers;
    private int column;

    Tables(Markup markup, String className, List<String> headers) {
        this.markup = markup;
        this.headers = headers;
        markup.open("table", "class", className).open("thead").open("tr");
        headers.forEach(h -> markup.element("th", h, "scope", "col"));
        markup.close("tr").close("thead").open("tbody");
    }

    /** A row of text cells. */
    Tables row(String... cells) {
        startRow(null);
        for (String c : cells) {
            cell(c);
        }
        return endRow();
    }

    Tables startRow(String className) {
        markup.open("tr", "class", className);
        column = 0;
        return this;
    }

    Tables cell(String text) {
        markup.element("td", text, "data-label", header());
        return this;
    }

    /** A cell holding a link. */
    Tables link(String href, String text, String className) {
        markup.open("td", "data-label", header()).element("a", text, "href", href, "class", className).close("td");
        return this;
    }

    Tables endRow() {
        markup.close("tr");
        return this;
    }

    Markup end() {
        return markup.close("tbody").close("table");
    }

    private String header() {
        return column < headers.size() ? headers.get(column++) : null;
    }
}
