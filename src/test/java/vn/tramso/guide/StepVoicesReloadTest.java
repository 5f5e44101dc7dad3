package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.VoiceProperties;

/** The audio follows kiosk-config: made again for an edited step when the content is reloaded, files nobody uses deleted; none without espeak-ng. */
class StepVoicesReloadTest {

    private static final String GUIDE = "guides/lua-dao.yaml";

    @TempDir
    Path temp;

    @Test
    void an_edited_warning_is_read_anew_after_a_reload() throws Exception {
        KioskConfigFixture config = new KioskConfigFixture(temp);
        GuideCatalog catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());
        StepVoices voices = new StepVoices(catalog, new KioskAudio(new VoiceProperties("espeak-ng", temp.resolve("voice"), 140)));
        KioskSettings kiosk = catalog.kiosk("tra-phuong").orElseThrow();

        config.replace(GUIDE, "Không cài ứng dụng từ link lạ.", "Không bao giờ cài ứng dụng từ link lạ.");
        assertThat(catalog.reload().succeeded()).isTrue();
        voices.prepared().get(2, TimeUnit.MINUTES);

        GuideStep edited = catalog.content().guide("lua-dao").orElseThrow().steps().stream()
                .filter(step -> step.warning() != null && step.warning().vi().contains("Không bao giờ cài")).findFirst().orElseThrow();
        assertThat(voices.url(kiosk, edited)).isPresent();
    }

    @Test
    void after_a_reload_a_file_nobody_used_for_a_day_is_deleted_and_an_edited_steps_old_reading_kept_a_day() throws Exception {
        KioskConfigFixture config = new KioskConfigFixture(temp);
        Path voiceDir = Files.createDirectories(temp.resolve("voice"));
        Path stale = Files.writeString(voiceDir.resolve("d".repeat(64) + ".opus"), "an old step's reading");
        age(stale, Duration.ofDays(3));
        GuideCatalog catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());
        StepVoices voices = new StepVoices(catalog, new KioskAudio(new VoiceProperties("espeak-ng", voiceDir, 140)));
        KioskSettings kiosk = catalog.kiosk("tra-phuong").orElseThrow();
        voices.prepared().get(2, TimeUnit.MINUTES);
        assertThat(stale).as("nothing deleted at start-up: the alerts' first pass may not have marked theirs yet").exists();
        GuideStep before = catalog.content().guide("lua-dao").orElseThrow().steps().stream()
                .filter(step -> step.warning() != null && step.warning().vi().contains("Không cài ứng dụng từ link lạ")).findFirst().orElseThrow();
        String old = voices.url(kiosk, before).orElseThrow();

        config.replace(GUIDE, "Không cài ứng dụng từ link lạ.", "Không bao giờ cài ứng dụng từ link lạ.");
        assertThat(catalog.reload().succeeded()).isTrue();
        voices.prepared().get(2, TimeUnit.MINUTES);

        assertThat(stale).as("nobody used it for three days").doesNotExist();
        assertThat(voiceDir.resolve(old.substring(KioskAudio.PATH.length()))).as("a kiosk may still show the old step").exists();
    }

    @Test
    void while_no_load_comes_the_steps_files_are_kept_fresh_and_files_nobody_uses_are_deleted() throws Exception {
        KioskConfigFixture config = new KioskConfigFixture(temp);
        Path voiceDir = Files.createDirectories(temp.resolve("voice"));
        GuideCatalog catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());
        StepVoices voices = new StepVoices(catalog, new KioskAudio(new VoiceProperties("espeak-ng", voiceDir, 140)));
        KioskSettings kiosk = catalog.kiosk("tra-phuong").orElseThrow();
        voices.prepared().get(2, TimeUnit.MINUTES);
        Path step = voiceDir.resolve(voices.url(kiosk, catalog.content().guidesOf(kiosk).getFirst().step(1)).orElseThrow()
                .substring(KioskAudio.PATH.length()));
        age(step, Duration.ofDays(2)); // content loaded two days ago
        Path unused = Files.writeString(voiceDir.resolve("e".repeat(64) + ".opus"), "an ended alert's reading");
        age(unused, Duration.ofDays(2));
        Instant pass = Instant.now().minusSeconds(1);

        voices.keepFreshNow().get(1, TimeUnit.MINUTES);

        assertThat(Files.getLastModifiedTime(step).toInstant()).as("marked as used, for the other nodes' sweeps").isAfter(pass);
        assertThat(unused).doesNotExist();
        assertThat(StepVoices.KEEP_FRESH).isLessThanOrEqualTo(KioskAudio.GRACE.dividedBy(2));
    }

    private static void age(Path file, Duration age) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
    }

    @Test
    void without_espeak_ng_no_step_has_audio_and_the_content_still_loads() throws Exception {
        KioskConfigFixture config = new KioskConfigFixture(temp);
        GuideCatalog catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());
        StepVoices voices = new StepVoices(catalog,
                new KioskAudio(new VoiceProperties(temp.resolve("nowhere/espeak-ng").toString(), temp.resolve("voice"), 140)));
        KioskSettings kiosk = catalog.kiosk("tra-phuong").orElseThrow();
        voices.prepared().get(2, TimeUnit.MINUTES);

        assertThat(catalog.content().guidesOf(kiosk)).flatMap(Guide::steps).isNotEmpty()
                .allSatisfy(step -> assertThat(voices.url(kiosk, step)).isEmpty());
        assertThat(catalog.reload().succeeded()).isTrue();
    }
}
