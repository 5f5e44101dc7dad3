package vn.tramso.adoption.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.adoption.Adoption;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Period;
import vn.tramso.adoption.ReportExport;
import vn.tramso.adoption.ReportExports;
import vn.tramso.adoption.SummaryRefresh;
import vn.tramso.base.Formats;
import vn.tramso.base.ui.ForbiddenView;

/** The commune leader's dashboard on the demo data: every indicator with its definition, the villages ranked, drill-down and back up. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
@WithUserDetails("lanhdao.hongquang")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    SummaryRefresh refresh;
    @Autowired
    Adoption adoption;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportExports exports;

    @BeforeEach
    void summed() {
        TestDatabase.CLOCK.set(LocalDateTime.now().withNano(0));
        refresh.rebuild();
    }

    @Test
    void the_commune_overview_shows_each_indicator_with_its_definition_and_drills_into_a_village() {
        navigate(DashboardView.class);

        Document page = shown();
        assertThat(page.text()).contains("Chuyển đổi số: Xã Hồng Quang", "Số liệu tính đến");
        assertThat(page.select(".indicator-card")).hasSize(Indicator.values().length);
        assertThat(page.select(".indicator-vneid-level-2").text()).contains("Người lớn có VNeID mức 2", "%",
                "Người từ 14 tuổi trong sổ hộ của thôn");
        assertThat(page.select(".dashboard-trend h2").text()).contains("Người lớn có VNeID mức 2 – 12 tháng gần đây, Xã Hồng Quang");
        assertThat(page.select(".dashboard-trend svg").attr("aria-label")).isEqualTo(page.select(".dashboard-trend h2").text());
        assertThat(page.select(".trend-table th").eachText()).as("the table behind the chart says what each column is").hasSize(4);
        assertThat(page.select(".trend-table tbody tr")).hasSize(12);
        assertThat(page.select("tr.child-row").eachText()).anySatisfy(t -> assertThat(t).contains("Thôn Trà Phương"));

        String village = page.select("a.drill-down").stream().filter(a -> a.text().equals("Thôn Trà Phương")).findFirst()
                .orElseThrow().attr("href");
        UI.getCurrent().navigate(village.replaceFirst("\\?.*", ""), QueryParameters.fromString(village.substring(village.indexOf('?') + 1)));
        page = shown();
        assertThat(page.text()).contains("Chuyển đổi số: Thôn Trà Phương", "‹ Về Xã Hồng Quang");
        assertThat(page.select("tr.child-row")).as("a village shows its months, no children").isEmpty();
    }

    @Test
    void the_leader_sets_a_years_target_and_the_figure_says_how_it_stands_in_words() {
        // Other tests add households to the demo commune: the target is set just under whatever the share is now.
        double now = Indicator.VNEID_LEVEL_1.of(adoption.overview(adoption.home(), Period.of(Period.Kind.MONTH,
                LocalDate.now(TestDatabase.CLOCK))).figures()).value();
        double target = Math.floor(now);
        navigate(DashboardView.class);
        assertThat($(Button.class).withClassName("set-target").single().getText()).as("a year, not a number with a thousands dot")
                .isEqualTo("Đặt chỉ tiêu năm " + LocalDate.now(TestDatabase.CLOCK).getYear());
        test($(Button.class).withClassName("set-target").single()).click();
        @SuppressWarnings("unchecked")
        Select<Indicator> indicator = $(Select.class).withClassName("target-indicator").single();
        indicator.setValue(Indicator.VNEID_LEVEL_1);
        $(NumberField.class).withClassName("target-value").single().setValue(target);
        test($(Button.class).withClassName("dialog-save").single()).click();

        navigate(DashboardView.class);
        assertThat(shown().select(".indicator-vneid-level-1").text()).contains("Chỉ tiêu " + Formats.decimal(target) + "% · Đạt");
        test($(Button.class).withClassName("set-target").single()).click();
        indicator = $(Select.class).withClassName("target-indicator").single();
        indicator.setValue(Indicator.VNEID_LEVEL_1);
        $(NumberField.class).withClassName("target-value").single().clear();
        test($(Button.class).withClassName("dialog-save").single()).click();
        navigate(DashboardView.class);
        assertThat(shown().select(".indicator-vneid-level-1").text()).doesNotContain("Chỉ tiêu");
    }

    @Test
    void the_leader_enters_last_months_dossiers_and_the_commune_figure_shows_them() {
        navigate(DashboardView.class);
        test($(Button.class).withClassName("enter-dossiers").single()).click();
        LocalDate lastMonth = LocalDate.now(TestDatabase.CLOCK).withDayOfMonth(1).minusMonths(1);
        @SuppressWarnings("unchecked")
        Select<LocalDate> month = $(Select.class).withClassName("dossiers-month").single();
        assertThat(month.getValue()).as("last month, the one whose records are complete").isEqualTo(lastMonth);
        $(IntegerField.class).withClassName("dossiers-received").single().setValue(40);
        $(IntegerField.class).withClassName("dossiers-online").single().setValue(50);
        test($(Button.class).withClassName("dialog-save").single()).click();
        assertThat(text(Dialog.class)).contains("Số hồ sơ trực tuyến không thể nhiều hơn tổng số hồ sơ.");

        $(IntegerField.class).withClassName("dossiers-online").single().setValue(30);
        test($(Button.class).withClassName("dialog-save").single()).click();
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("ky", "thang", "ngay", lastMonth.toString())));
        assertThat(shown().select(".indicator-commune-dossiers-online").text()).contains("Hồ sơ của xã nộp trực tuyến", "75,0%", "30 / 40");
    }

    @Test
    @WithUserDetails("tinh.hungyen")
    void a_provinces_csv_is_prepared_in_the_background_and_waits_for_the_admin_to_come_back() throws Exception {
        navigate(DashboardView.class);
        assertThat(shown().text()).contains("Chuyển đổi số: Tỉnh Hưng Yên");
        assertThat($(Anchor.class).withClassName("export-csv").all()).as("no file made inside the click for a province").isEmpty();
        assertThat($(Anchor.class).withClassName("export-pdf").all()).hasSize(1);

        test($(Button.class).withClassName("prepare-csv").single()).click();
        assertThat($(Div.class).withClassName("export-row-csv").all()).hasSize(1);
        ReportExport export = exports.mine().getFirst();
        long waitUntil = System.nanoTime() + 60_000_000_000L;
        while (export.state() != ReportExport.State.READY && System.nanoTime() < waitUntil) {
            Thread.sleep(50);
        }

        navigate(DashboardView.class);
        Div row = $(Div.class).withClassName("export-row-csv").single();
        assertThat(row.getElement().getTextRecursively()).contains("Tệp đã sẵn sàng.", "Tải " + export.fileName());
        assertThat($(Anchor.class).withClassName("export-ready").all()).hasSize(1);
    }

    @Test
    void another_communes_dashboard_by_url_is_forbidden() {
        long vanLa = jdbc.sql("SELECT commune_id FROM village WHERE code = 'HN-HV-VAN-LA'").query(Long.class).single();
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("cap", "xa", "id", String.valueOf(vanLa))));
        assertThat(getCurrentView()).isInstanceOf(ForbiddenView.class);
        assertThat(shown().text()).doesNotContain("Vân La");
    }

    private String text(Class<? extends com.vaadin.flow.component.Component> type) {
        return $(type).single().getElement().getTextRecursively();
    }

    /**
     * The view as the browser gets it, to read as a user does (by what is shown, not by which server-side component
     * holds it): its elements, with the markup of the panels that the server sends as one piece.
     */
    private Document shown() {
        Document page = Document.createShell("");
        page.body().appendChild(html(getCurrentView().getElement()));
        return page;
    }

    private static Node html(Element e) {
        if (e.isTextNode()) {
            return new TextNode(e.getText());
        }
        org.jsoup.nodes.Element html = new org.jsoup.nodes.Element(e.getTag());
        e.getAttributeNames().forEach(name -> html.attr(name, e.getAttribute(name)));
        if (e.hasProperty("innerHTML")) {
            html.html(e.getProperty("innerHTML"));
        } else {
            e.getChildren().forEach(child -> html.appendChild(html(child)));
        }
        return html;
    }
}
