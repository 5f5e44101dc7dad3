package vn.tramso.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;

/** One key per database: the one it was first used with, so erased members' marks keep matching. */
@IntegrationTest
class KeyedHashTest {

    @Autowired
    KeyedHash running;
    @Autowired
    JdbcClient jdbc;

    @Test
    void another_node_of_the_same_database_hashes_alike_and_a_purpose_changes_the_hash() {
        KeyedHash another = new KeyedHash("", new AppSecretStore(jdbc));
        assertThat(another.of("phone-bookings", "0912345678")).isEqualTo(running.of("phone-bookings", "0912345678"))
                .hasSize(64).isNotEqualTo(running.of("erased-member", "0912345678")).isNotEqualTo(Hashes.sha256("0912345678"));
    }

    @Test
    void a_new_key_on_a_database_used_with_another_is_refused_at_start_saying_how_to_move_the_old_one() {
        assertThatThrownBy(() -> new KeyedHash("a-brand-new-key-of-forty-characters-long", new AppSecretStore(jdbc)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRAMSO_SECRET is not the key this database was used with")
                .hasMessageContaining("SELECT secret FROM app_secret");
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> new KeyedHash("too-short", new AppSecretStore(jdbc))).hasMessageContaining("32 characters or more");
    }
}
