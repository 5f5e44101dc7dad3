package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.VoiceProperties;

/** The audio follows kiosk-config: made again for an edited step when the content is reloaded; none without espeak-ng. */
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
    void after_a_load_a_file_no_step_uses_is_deleted_and_an_edited_steps_old_reading_kept_a_day() throws Exception {
        KioskConfigFixture config = new KioskConfigFixture(temp);
        Path voiceDir = java.nio.file.Files.createDirectories(temp.resolve("voice"));
        Path stale = java.nio.file.Files.writeString(voiceDir.resolve("d".repeat(64) + ".opus"), "an old step's reading");
        java.nio.file.Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(3))));
        GuideCatalog catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());
        StepVoices voices = new StepVoices(catalog, new KioskAudio(new VoiceProperties("espeak-ng", voiceDir, 140)));
        KioskSettings kiosk = catalog.kiosk("tra-phuong").orElseThrow();
        voices.prepared().get(2, TimeUnit.MINUTES);
        assertThat(stale).as("out of use for three days").doesNotExist();
        GuideStep before = catalog.content().guide("lua-dao").orElseThrow().steps().stream()
                .filter(step -> step.warning() != null && step.warning().vi().contains("Không cài ứng dụng từ link lạ")).findFirst().orElseThrow();
        String old = voices.url(kiosk, before).orElseThrow();

        config.replace(GUIDE, "Không cài ứng dụng từ link lạ.", "Không bao giờ cài ứng dụng từ link lạ.");
        assertThat(catalog.reload().succeeded()).isTrue();
        voices.prepared().get(2, TimeUnit.MINUTES);

        assertThat(voiceDir.resolve(old.substring(KioskAudio.PATH.length()))).as("a kiosk may still show the old step").exists();
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
