package vn.tramso.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB of the demo run and of tests without a MariaDB service.
 *
 * @param dir      where its server and data files are kept (surviving restarts)
 * @param port     its port; 0 picks a free one
 * @param database the database the app uses in it
 */
@ConfigurationProperties("tramso.embedded-db")
record EmbeddedDbSettings(@DefaultValue("data/mariadb") Path dir, @DefaultValue("0") int port,
                          @DefaultValue("tramso") String database) {
}
