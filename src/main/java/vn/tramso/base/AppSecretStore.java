package vn.tramso.base;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The secrets the app makes for itself and every node must share ({@code app_secret}): the keyed
 * hash's key and its check, the eSMS receipt address's secret. The first node to ask writes one;
 * every other reads that one.
 */
@Repository
public class AppSecretStore {

    private final JdbcClient jdbc;

    AppSecretStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The secret stored under {@code name}, made by {@code make} and stored first if there is none. */
    public String getOrCreate(String name, Supplier<String> make) {
        jdbc.sql("INSERT IGNORE INTO app_secret (name, secret) VALUES (:name, :secret)").param("name", name).param("secret", make.get())
                .update();
        return jdbc.sql("SELECT secret FROM app_secret WHERE name = :name").param("name", name).query(String.class).single();
    }
}
