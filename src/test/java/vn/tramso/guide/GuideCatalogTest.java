package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading kiosk-config without a restart: good content is served, bad content is refused. */
class GuideCatalogTest {

    private static final String GUIDE = "guides/lua-dao.yaml";

    @TempDir
    Path temp;

    @Test
    void a_good_edit_is_served_after_reload() throws Exception {
        KioskConfigFixture config = new KioskConfigFixture(temp);
        GuideCatalog catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());

        config.replace(GUIDE, "vi: Nhận biết lừa đảo", "vi: Cảnh giác lừa đảo");
        ReloadResult result = catalog.reload();

        assertThat(result.succeeded()).isTrue();
        assertThat(catalog.content().guide("lua-dao").orElseThrow().title().vi()).isEqualTo("Cảnh giác lừa đảo");
    }

    @Test
    void a_bad_edit_is_refused_and_the_last_good_content_keeps_serving() throws Exception {
        KioskConfigFixture config = new KioskConfigFixture(temp);
        GuideCatalog catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());

        config.replace(GUIDE, "vi: Nhận biết lừa đảo", "vi: Cảnh giác lừa đảo")
                .replace(GUIDE, "image: stop.svg", "image: dung-lai.svg");
        ReloadResult result = catalog.reload();

        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(GUIDE);
            assertThat(p.field()).isEqualTo("steps[5].image");
        });
        assertThat(catalog.lastReload()).isEqualTo(result);
        assertThat(catalog.content().guide("lua-dao").orElseThrow().title().vi()).isEqualTo("Nhận biết lừa đảo");

        config.replace(GUIDE, "image: dung-lai.svg", "image: stop.svg");
        assertThat(catalog.reload().succeeded()).isTrue();
        assertThat(catalog.content().guide("lua-dao").orElseThrow().title().vi()).isEqualTo("Cảnh giác lừa đảo");
    }

    @Test
    void bad_content_at_start_up_stops_the_start_with_the_reason() {
        KioskConfigFixture config = new KioskConfigFixture(temp);
        config.replace(GUIDE, "topic: luadao", "topic: scams");

        assertThatThrownBy(() -> new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC()))
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining("guides/lua-dao.yaml, dòng 3, trường 'topic'");
    }
}
