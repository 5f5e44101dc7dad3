package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tramso.IntegrationTest;
import vn.tramso.base.cluster.NodeSignals;

/**
 * Two app nodes, each with its own copy of kiosk-config and its own signals over the test
 * database: the admin's reload on one reloads the other at its next poll.
 */
@IntegrationTest
class KioskConfigReloadsTest {

    private static final String GUIDE = "guides/lua-dao.yaml";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @TempDir
    Path temp;

    @Test
    void a_reload_pressed_on_one_node_reloads_the_other_at_its_next_poll() throws Exception {
        Node a = new Node(temp.resolve("a"));
        Node b = new Node(temp.resolve("b"));
        b.signals.poll(); // b has read everything sent before
        a.config.replace(GUIDE, "vi: Nhận biết lừa đảo", "vi: Cảnh giác lừa đảo");
        b.config.replace(GUIDE, "vi: Nhận biết lừa đảo", "vi: Cảnh giác lừa đảo");

        assertThat(a.reloads.reloadEverywhere().succeeded()).isTrue();
        assertThat(a.title()).isEqualTo("Cảnh giác lừa đảo");
        assertThat(b.title()).as("not before b's poll").isEqualTo("Nhận biết lừa đảo");

        b.signals.poll();
        assertThat(b.title()).isEqualTo("Cảnh giác lừa đảo");
    }

    @Test
    void a_refused_reload_is_not_passed_on() throws Exception {
        Node a = new Node(temp.resolve("a"));
        Node b = new Node(temp.resolve("b"));
        b.signals.poll();
        a.config.replace(GUIDE, "image: stop.svg", "image: dung-lai.svg");
        b.config.replace(GUIDE, "vi: Nhận biết lừa đảo", "vi: Cảnh giác lừa đảo");

        assertThat(a.reloads.reloadEverywhere().succeeded()).isFalse();
        b.signals.poll();
        assertThat(b.title()).as("b did not reload").isEqualTo("Nhận biết lừa đảo");
    }

    private final class Node {
        final KioskConfigFixture config;
        final NodeSignals signals;
        final GuideCatalog catalog;
        final KioskConfigReloads reloads;

        Node(Path dir) throws InvalidContentException {
            config = new KioskConfigFixture(dir);
            signals = new NodeSignals(jdbc, transactions, "reload-test-" + UUID.randomUUID().toString().substring(0, 8));
            catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());
            reloads = new KioskConfigReloads(catalog, signals);
        }

        String title() {
            return catalog.content().guide("lua-dao").orElseThrow().title().vi();
        }
    }
}
