package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import vn.tramso.base.Hashes;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.VoiceProperties;

/**
 * A step may name a recorded human voice; it is checked when content loads (inside kiosk-config, a kind
 * the kiosk plays, there, not too large, really that kind) and then plays instead of espeak-ng's.
 */
class StepRecordingsTest {

    private static final String GUIDE = "guides/vneid-muc-2.yaml";
    private static final String FIRST_IMAGE = "    image: police-station.svg";

    @TempDir
    Path temp;
    KioskConfigFixture config;

    @BeforeEach
    void copyShippedConfig() {
        config = new KioskConfigFixture(temp);
    }

    @Test
    void a_recorded_voice_plays_instead_of_espeak_ng_served_by_the_hash_of_its_bytes() throws Exception {
        Path recording = config.root.resolve("recordings/vneid-muc-2-buoc-1.opus");
        Files.createDirectories(recording.getParent());
        Files.write(recording, opus("Xin chào, đây là giọng cán bộ xã đọc bước một."));
        config.replace(GUIDE, FIRST_IMAGE, FIRST_IMAGE + "\n    audio: recordings/vneid-muc-2-buoc-1.opus");

        GuideCatalog catalog = new GuideCatalog(new KioskConfigProperties(config.root, "tra-phuong"), Clock.systemUTC());
        Path voiceDir = temp.resolve("voice");
        StepVoices voices = new StepVoices(catalog, new KioskAudio(new VoiceProperties("espeak-ng", voiceDir, 140)));
        voices.prepared().get(2, TimeUnit.MINUTES);
        KioskSettings kiosk = catalog.kiosk("tra-phuong").orElseThrow();
        Guide guide = catalog.content().guide("vneid-muc-2").orElseThrow();

        assertThat(guide.step(1).recording()).isEqualTo(recording.toAbsolutePath().normalize());
        String recorded = voices.url(kiosk, guide.step(1)).orElseThrow();
        assertThat(recorded).isEqualTo(KioskAudio.PATH + Hashes.sha256(Files.readAllBytes(recording)) + ".opus");
        assertThat(voiceDir.resolve(recorded.substring(KioskAudio.PATH.length()))).hasSameBinaryContentAs(recording);
        assertThat(voices.url(kiosk, guide.step(2)).orElseThrow()).as("a step with no recording: espeak-ng").isNotEqualTo(recorded);
    }

    @Test
    void a_file_that_is_not_what_its_name_says_is_refused_and_nothing_loads() throws IOException {
        Files.createDirectories(config.root.resolve("recordings"));
        Files.writeString(config.root.resolve("recordings/buoc-1.mp3"), "<html>không phải âm thanh</html>", StandardCharsets.UTF_8);

        assertThat(problem("recordings/buoc-1.mp3").message()).contains("không phải âm thanh mp3");
    }

    @Test
    void a_missing_file_is_refused() {
        assertThat(problem("recordings/khong-co.opus").message()).contains("không có tệp ghi âm 'recordings/khong-co.opus'");
    }

    @Test
    void a_kind_the_kiosk_does_not_play_is_refused() {
        assertThat(problem("recordings/buoc-1.flac").message()).contains("wav, opus, ogg, mp3, m4a");
    }

    @Test
    void a_file_outside_kiosk_config_is_refused_by_path_and_by_link() throws IOException {
        Path outside = Files.write(temp.resolve("ngoai.wav"), wav());
        assertThat(problem("../ngoai.wav").message()).contains("phải nằm trong thư mục kiosk-config");

        config = new KioskConfigFixture(temp.resolve("again"));
        Files.createDirectories(config.root.resolve("recordings"));
        Files.createSymbolicLink(config.root.resolve("recordings/lien-ket.wav"), outside);
        assertThat(problem("recordings/lien-ket.wav").message()).contains("trỏ ra ngoài thư mục kiosk-config");
    }

    @Test
    void a_name_with_a_character_no_file_name_can_hold_is_a_problem_not_a_crash() {
        assertThat(problem("\"recordings/buoc-1\\0.mp3\"").message()).as("a NUL written as a YAML escape").contains("ký tự điều khiển");

        List<ContentProblem> problems = new ArrayList<>();
        YamlNodes step = new YamlNodes(GUIDE, "steps[1]", new Yaml().compose(new StringReader("title: Bước một\naudio: x\n")), problems);
        assertThat(new StepRecordings(config.root).check(step, "audio", "recordings/buoc-1\0.mp3")).as("asked directly").isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(GUIDE);
            assertThat(p.field()).isEqualTo("steps[1].audio");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("ký tự không dùng được").contains("'recordings/buoc-1?.mp3'");
        });
    }

    @Test
    void a_file_over_the_size_limit_is_refused() throws IOException {
        byte[] big = new byte[StepRecordings.MAX_BYTES + 1];
        byte[] head = wav();
        System.arraycopy(head, 0, big, 0, 44);
        Files.createDirectories(config.root.resolve("recordings"));
        Files.write(config.root.resolve("recordings/dai.wav"), big);

        assertThat(problem("recordings/dai.wav").message()).contains("quá lớn").contains("tối đa 4 MB");
    }

    /** Names the recording on the guide's first step and returns the one problem the load reports. */
    private ContentProblem problem(String audio) {
        config.replace(GUIDE, FIRST_IMAGE, FIRST_IMAGE + "\n    audio: " + audio);
        List<ContentProblem> problems = config.problems();
        assertThat(problems).hasSize(1);
        ContentProblem p = problems.getFirst();
        assertThat(p.file()).isEqualTo(GUIDE);
        assertThat(p.field()).isEqualTo("steps[1].audio");
        assertThat(p.line()).isEqualTo(config.lineOf(GUIDE, "audio: " + audio));
        return p;
    }

    static byte[] wav() throws IOException {
        return run(new ProcessBuilder("espeak-ng", "-v", "vi", "--stdout", "Bước một."));
    }

    /** A real Ogg Opus file, as a commune's recording might be saved. */
    static byte[] opus(String text) throws IOException {
        Path wav = Files.createTempFile("recording-", ".wav");
        Path opus = Files.createTempFile("recording-", ".opus");
        try {
            Files.write(wav, run(new ProcessBuilder("espeak-ng", "-v", "vi", "--stdout", text)));
            run(new ProcessBuilder("opusenc", "--quiet", wav.toString(), opus.toString()));
            return Files.readAllBytes(opus);
        } finally {
            Files.deleteIfExists(wav);
            Files.deleteIfExists(opus);
        }
    }

    private static byte[] run(ProcessBuilder command) throws IOException {
        Process p = command.redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            assertThat(p.waitFor()).as(String.join(" ", command.command())).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return out;
    }
}
