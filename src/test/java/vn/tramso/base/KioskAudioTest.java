package vn.tramso.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A machine without espeak-ng: no audio, nothing fails. */
class KioskAudioTest {

    @TempDir
    Path temp;

    @Test
    void without_espeak_ng_nothing_is_made_and_no_step_has_an_address() throws Exception {
        KioskAudio audio = new KioskAudio(new VoiceProperties(temp.resolve("nowhere/espeak-ng").toString(), temp.resolve("voice"), 140));

        assertThat(audio.available()).isFalse();
        assertThat(audio.prepare("vi", "Mở ứng dụng.")).as("no file, no address").isEmpty();
        assertThat(audio.loudspeaker("vi", "Thông báo của Ủy ban nhân dân xã.")).as("no loudspeaker file").isEmpty();
        assertThat(Files.exists(temp.resolve("voice"))).isFalse();
    }
}
