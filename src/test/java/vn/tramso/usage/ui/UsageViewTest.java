package vn.tramso.usage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.Screens;
import vn.tramso.TestDatabase;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.Places;
import vn.tramso.usage.Funnels;
import vn.tramso.usage.KioskUsage;
import vn.tramso.usage.UsageKind;
import vn.tramso.usage.UsageSummaries;

/** The commune leader's usage screen on the demo commune: figures, each guide's funnel, the worst step said in words. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
@WithUserDetails("lanhdao.hongquang")
class UsageViewTest extends SpringBrowserlessTest {

    @Autowired
    KioskUsage usage;
    @Autowired
    UsageSummaries summaries;
    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;

    private long village;

    @BeforeEach
    void twoVisitsAtTraPhuongIn2025() {
        village = places.village("TRA-PHUONG").or(() -> places.villages().stream()
                .filter(v -> v.name().equals("Thôn Trà Phương")).findFirst()).orElseThrow().id();
        // A year of its own (2025): no other test's visits in it. v1 stops on step 2 after asking help; v2 finishes.
        jdbc.sql("DELETE FROM usage_event WHERE village_id = :v AND at < '2026-01-01'").param("v", village).update(); // earlier runs'
        UUID v1 = UUID.randomUUID();
        UUID v2 = UUID.randomUUID();
        at(LocalDateTime.of(2025, 3, 10, 9, 0), v1, UsageKind.GUIDE_OPENED, 1);
        at(LocalDateTime.of(2025, 3, 10, 9, 0), v1, UsageKind.STEP_REACHED, 1);
        at(LocalDateTime.of(2025, 3, 10, 9, 1), v1, UsageKind.STEP_REACHED, 2);
        at(LocalDateTime.of(2025, 3, 10, 9, 2), v1, UsageKind.HELP_ASKED, 2);
        at(LocalDateTime.of(2025, 3, 10, 10, 0), v2, UsageKind.GUIDE_OPENED, 1);
        for (int step = 1; step <= 4; step++) {
            at(LocalDateTime.of(2025, 3, 10, 10, step), v2, UsageKind.STEP_REACHED, step);
        }
        at(LocalDateTime.of(2025, 3, 10, 10, 5), v2, UsageKind.GUIDE_FINISHED, 4);
        TestDatabase.CLOCK.set(LocalDateTime.of(2025, 3, 20, 9, 0));
        jdbc.sql("DELETE FROM usage_refresh").update();
        summaries.refresh();
    }

    @Test
    void a_village_in_march_shows_its_visits_and_the_step_where_most_are_stuck_in_words() {
        open("noi=thon-" + village + "&ky=this-month");
        String text = getCurrentView().getElement().getTextRecursively();

        assertThat(number("usage-visits")).isEqualTo("2");
        assertThat(number("usage-finished")).isEqualTo("1");
        assertThat($(Paragraph.class).withClassName("usage-worst").single().getText())
                .isEqualTo("Nhiều người vướng nhất ở bước 2: 1 người dừng lại ở đó, 1 người nhờ giúp.");
        assertThat(text).contains("Bước 2 (vướng nhiều nhất)", "2 lượt mở, 1 lượt làm xong.", "không ghi tên, số điện thoại");
        assertThat(getCurrentView().getElement().getChildren().filter(e -> e.getClassList().contains("usage-funnel")).count()).isEqualTo(1);

        open("noi=thon-" + village + "&ky=last-month");
        assertThat(number("usage-visits")).as("February had none").isEqualTo("0");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Chưa có ai mở hướng dẫn nào");
    }

    @Test
    void a_place_the_leader_does_not_cover_in_the_address_shows_their_own_commune() {
        open("noi=thon-999999999");
        @SuppressWarnings("unchecked")
        Select<Funnels.PlaceChoice> place = $(Select.class).single();
        assertThat(place.getValue().level()).isEqualTo(PlaceLevel.COMMUNE);
        assertThat(place.getValue().name()).isEqualTo("Xã Hồng Quang");
    }

    @Test
    void the_dashboard_links_to_the_usage_screen() {
        Class<Component> dashboard = Screens.named("vn.tramso.adoption.ui.DashboardView");
        navigate(dashboard);
        assertThat(getCurrentView().getElement().getChildren().flatMap(e -> e.getChildren())
                .filter(e -> e.getClassList().contains("dashboard-usage")).map(e -> e.getAttribute("href")).toList())
                .singleElement().asString().startsWith("usage?noi=xa-");
    }

    /** The screen at {@code usage?<query>}, as a link opens it. */
    private void open(String query) {
        com.vaadin.flow.component.UI.getCurrent().navigate("usage", com.vaadin.flow.router.QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(UsageView.class);
    }

    private void at(LocalDateTime time, UUID visit, UsageKind kind, int step) {
        TestDatabase.CLOCK.set(time);
        usage.record("tra-phuong", village, visit, kind, "dvc-tra-cuu", step);
    }

    private String number(String className) {
        return $(com.vaadin.flow.component.html.Div.class).withClassName(className).single().getChildren()
                .filter(c -> c instanceof Span s && s.hasClassName("usage-number")).map(c -> ((Span) c).getText()).findFirst().orElseThrow();
    }
}
