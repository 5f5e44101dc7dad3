package vn.tramso;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;

/** The management port: liveness, readiness with the database, Prometheus, and nothing else, nowhere else. */
@IntegrationTest
class HealthAndMetricsTest {

    @Autowired
    ManagementPort management;
    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void liveness_and_readiness_are_up_and_readiness_includes_the_database() {
        HttpResponse<String> liveness = management.get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> readiness = management.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("\"readinessState\"");
    }

    @Test
    void readiness_is_down_with_status_503_when_the_database_does_not_answer() {
        HealthEndpointGroup readiness = healthGroups.get("readiness");
        assertThat(readiness.isMember("db")).as("the database is part of readiness").isTrue();
        try (HikariDataSource nobodyThere = new HikariDataSource()) {
            nobodyThere.setJdbcUrl("jdbc:mariadb://127.0.0.1:1/tramso");
            nobodyThere.setConnectionTimeout(1000);
            nobodyThere.setInitializationFailTimeout(-1);
            Status status = new DataSourceHealthIndicator(nobodyThere).health().getStatus();

            assertThat(status).isEqualTo(Status.DOWN);
            assertThat(readiness.getHttpCodeStatusMapper().getStatusCode(status)).isEqualTo(503);
        }
    }

    @Test
    void prometheus_answers_on_the_management_port_and_the_app_metrics_are_there() {
        HttpResponse<String> scrape = management.get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("tramso_bookings_total{").contains("tramso_sign_ins_total{")
                .contains("tramso_help_sessions_logged_total").contains("tramso_outbox_pending")
                .contains("tramso_outbox_oldest_age_seconds").contains("tramso_kiosk_screens_open")
                .contains("tramso_summaries_age_seconds").contains("hikaricp_connections_active");
    }

    @Test
    void only_health_and_prometheus_are_exposed_and_not_on_the_app_port() {
        for (String other : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
                "/actuator/metrics", "/actuator/loggers"}) {
            assertThat(management.get(other).statusCode()).as(other).isEqualTo(404);
        }
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus"}) {
            HttpResponse<String> onAppPort = management.getOnAppPort(path);
            assertThat(onAppPort.statusCode()).as(path).isNotEqualTo(200);
            assertThat(onAppPort.body()).as(path).doesNotContain("\"status\"").doesNotContain("tramso_");
        }
    }
}
