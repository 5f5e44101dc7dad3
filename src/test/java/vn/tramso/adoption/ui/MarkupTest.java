package vn.tramso.adoption.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The dashboard's markup shows names from the database as text, whatever they hold. */
class MarkupTest {

    static final String NAME = "Thôn <b>Đồng</b> \"Mới\" & 'Cũ' <script>alert(1)</script>";

    @Test
    void a_name_with_markup_in_it_is_shown_as_written_and_never_becomes_an_element() {
        String html = new Markup().element("a", NAME, "href", "dashboard?cap=thon&id=1\" onclick=\"alert(1)", "class", "drill-down")
                .toString();

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("a.drill-down").text()).isEqualTo(NAME);
        assertThat(page.select("a.drill-down").attr("href")).isEqualTo("dashboard?cap=thon&id=1\" onclick=\"alert(1)");
        assertThat(page.select("a").attr("onclick")).isEmpty();
        assertThat(page.select("b, script")).isEmpty();
    }

    @Test
    void a_table_has_its_column_headers_and_each_cell_says_its_column_for_a_phone() {
        Markup m = new Markup();
        new Tables(m, "children-table", List.of("#", "Thôn")).startRow("child-row").cell("1").link("dashboard?id=2", NAME, "drill-down")
                .endRow().end();

        Document page = Jsoup.parseBodyFragment(m.toString());
        assertThat(page.select("table.children-table thead th[scope=col]").eachText()).containsExactly("#", "Thôn");
        assertThat(page.select("tr.child-row td").eachAttr("data-label")).containsExactly("#", "Thôn");
        assertThat(page.select("tr.child-row a.drill-down").text()).isEqualTo(NAME);
    }
}
