package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.tramso.IntegrationTest;
import vn.tramso.adoption.Adoption;
import vn.tramso.adoption.Indicator;
import vn.tramso.adoption.Overview;
import vn.tramso.adoption.Period;
import vn.tramso.place.PlaceLevel;
import vn.tramso.place.Places;

/**
 * The demo run ({@code ./mvnw spring-boot:run}) as a newcomer meets it: the address it prints opens a
 * working kiosk on the same machine, and the leader's dashboard has figures from the first minute.
 * The tests' profile refreshes the summaries at start as the demo run does; it does not enrol local
 * browsers (the gate's refusals are tested from this machine), so the kiosk page it reaches is the
 * gate's answer to a browser not enrolled.
 */
@IntegrationTest
class DemoRunTest {

    @LocalServerPort
    int port;
    @Autowired
    Adoption adoption;
    @Autowired
    Places places;

    @Test
    void loading_the_printed_address_in_a_browser_loads_the_default_kiosks_own_page_where_the_kiosk_gate_enrols_it() throws Exception {
        HttpResponse<String> page;
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
            page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        assertThat(page.uri().getPath()).as("a page load of the kiosk, not a forward inside the app").isEqualTo("/kiosk/tra-phuong");
        assertThat(page.statusCode()).as("the gate's answer to a browser not enrolled (the demo run enrols this one)").isEqualTo(403);
    }

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void the_leaders_dashboard_has_figures_right_after_start_without_waiting_for_the_refresh() {
        Overview overview = adoption.overview(adoption.home(), Period.of(Period.Kind.YEAR, LocalDate.now()));

        assertThat(overview.dataAsOf()).as("not 'Chưa tổng hợp số liệu lần nào'").isNotNull();
        assertThat(overview.figures().sessions()).isPositive();
        assertThat(overview.figures().adults()).isPositive();
    }

    @Test
    @WithUserDetails("lanhdao.hongquang")
    void the_demo_commune_has_a_year_of_history_rising_towards_its_targets() {
        Overview overview = adoption.overview(adoption.home(), Period.of(Period.Kind.YEAR, LocalDate.now()));
        // the level 2 share of the demo's own village: other tests add villages of thousands of members to the commune
        Overview village = adoption.overview(adoption.area(PlaceLevel.VILLAGE, places.village("HY-HQ-TRA-PHUONG").orElseThrow().id()),
                Period.of(Period.Kind.YEAR, LocalDate.now()));

        List<Double> level2 = new TreeMap<>(village.trend()).values().stream()
                .map(f -> Indicator.VNEID_LEVEL_2.of(f).value()).toList();
        assertThat(level2).as("12 months with adults on the register").hasSize(12).doesNotContainNull();
        assertThat(level2.getLast()).as("members reach level 2 over the months").isGreaterThan(level2.getFirst() + 20);
        assertThat(new TreeMap<>(overview.trend()).values()).as("sessions in every month").allMatch(f -> f.sessions() > 0);
        assertThat(overview.previous().sessions()).as("and the year before").isPositive();
        assertThat(overview.trend().values().stream().mapToLong(f -> f.concernsClosed()).sum()).as("concerns closed").isGreaterThan(10);
        assertThat(overview.targets()).containsKeys(Indicator.VNEID_LEVEL_2, Indicator.SATISFACTION);
    }
}
