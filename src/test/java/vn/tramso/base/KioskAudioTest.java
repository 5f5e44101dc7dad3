package vn.tramso.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files behind the kiosk's voice: Ogg Opus when opusenc is there, WAV when not, recordings by hash, the sweep. */
class KioskAudioTest {

    private static final String STEP = "Nhập mã ô tê pê. Điện thoại nhận một tin nhắn có mã gồm 6 chữ số. Nhập mã đó vào ô trên màn hình.";

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

    @Test
    void with_opusenc_a_reading_is_ogg_opus_and_without_it_wav_many_times_larger() throws Exception {
        KioskAudio opus = new KioskAudio(new VoiceProperties("espeak-ng", temp.resolve("opus"), 140, "opusenc"));
        KioskAudio wav = new KioskAudio(new VoiceProperties("espeak-ng", temp.resolve("wav"), 140, temp.resolve("nowhere/opusenc").toString()));

        String small = opus.prepare("vi", STEP).orElseThrow();
        String large = wav.prepare("vi", STEP).orElseThrow();

        assertThat(small).matches("/kiosk-audio/[0-9a-f]{64}\\.opus");
        assertThat(large).matches("/kiosk-audio/[0-9a-f]{64}\\.wav");
        byte[] ogg = Files.readAllBytes(opus.file(name(small)).orElseThrow());
        byte[] riff = Files.readAllBytes(wav.file(name(large)).orElseThrow());
        assertThat(AudioKind.OPUS.matches(ogg)).as("Ogg Opus magic bytes").isTrue();
        assertThat(AudioKind.WAV.matches(riff)).isTrue();
        assertThat(OggOpus.seconds(ogg)).as("the whole reading, in Opus").isCloseTo(riffSeconds(riff), org.assertj.core.data.Offset.offset(0.1));
        assertThat(ogg.length * 8).as("Opus against WAV").isLessThan(riff.length);
        assertThat(Files.list(temp.resolve("opus")).map(p -> p.getFileName().toString()).toList()).as("nothing half made left")
                .containsExactly(name(small));
    }

    @Test
    void a_recording_is_served_under_the_hash_of_its_bytes_and_a_changed_one_no_more() throws Exception {
        KioskAudio audio = new KioskAudio(new VoiceProperties("espeak-ng", temp.resolve("voice"), 140));
        Path recording = Files.write(temp.resolve("buoc-1.wav"), wavBytes());

        String address = audio.publish(recording).orElseThrow();

        assertThat(address).isEqualTo(KioskAudio.PATH + Hashes.sha256(Files.readAllBytes(recording)) + ".wav");
        assertThat(Files.readAllBytes(audio.file(name(address)).orElseThrow())).isEqualTo(Files.readAllBytes(recording));
        Files.writeString(recording, "not a sound any more", StandardCharsets.UTF_8);
        assertThat(audio.publish(recording)).as("checked again when published").isEmpty();
    }

    @Test
    void the_sweep_deletes_only_files_nobody_used_for_longer_than_the_grace() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("voice"));
        KioskAudio audio = new KioskAudio(new VoiceProperties("espeak-ng", dir, 140));
        String current = audio.prepare("vi", "Bước này đang được dùng.").orElseThrow();
        String otherPart = audio.prepare("vi", "Cảnh báo: có kẻ giả danh công an gọi điện.").orElseThrow();
        String leftOut = audio.prepare("vi", "Bước này vừa bị sửa.").orElseThrow();
        Path oldUnused = file(dir, "a", Duration.ofDays(3));
        Path newUnused = file(dir, "b", Duration.ofHours(2));
        Path halfMade = Files.writeString(dir.resolve("making-123.wav"), "x");
        age(halfMade, Duration.ofDays(2));
        Path notOurs = Files.writeString(dir.resolve("ghi-chu.txt"), "x");
        age(notOurs, Duration.ofDays(9));
        for (String made : List.of(current, otherPart, leftOut)) {
            age(dir.resolve(name(made)), Duration.ofDays(9));
        }

        assertThat(audio.prepare("vi", "Cảnh báo: có kẻ giả danh công an gọi điện.")).as("the other part's pass finds it").contains(otherPart);
        audio.touch(List.of(leftOut));
        int deleted = audio.sweep(List.of(current), KioskAudio.GRACE);

        assertThat(deleted).isEqualTo(2);
        assertThat(oldUnused).doesNotExist();
        assertThat(halfMade).doesNotExist();
        assertThat(newUnused).as("used two hours ago").exists();
        assertThat(dir.resolve(name(current))).as("in use, however old").exists();
        assertThat(dir.resolve(name(otherPart))).as("found again just now by another part (a scam alert read aloud)").exists();
        assertThat(dir.resolve(name(leftOut))).as("left out of the content just now").exists();
        assertThat(notOurs).as("not a name the voice makes").exists();

        age(dir.resolve(name(leftOut)), Duration.ofDays(2));
        assertThat(audio.sweep(List.of(current), KioskAudio.GRACE)).as("more than a day after it was left out").isEqualTo(1);
        assertThat(dir.resolve(name(leftOut))).doesNotExist();
        assertThat(audio.file(name(leftOut))).as("no longer served").isEmpty();
        assertThat(audio.file(name(current))).isPresent();
    }

    @Test
    void a_file_another_part_or_node_uses_survives_a_sweep_after_a_restart() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("shared"));
        KioskAudio before = new KioskAudio(new VoiceProperties("espeak-ng", dir, 140));
        String step = before.prepare("vi", "Bước một: mở ứng dụng.").orElseThrow();
        String alert = before.prepare("vi", "Cảnh báo lừa đảo. Không đọc mã ô tê pê cho ai.").orElseThrow();
        String ended = before.prepare("vi", "Cảnh báo lừa đảo. Cảnh báo đã hết hạn.").orElseThrow();
        for (String made : List.of(step, alert, ended)) {
            age(dir.resolve(name(made)), Duration.ofDays(5)); // made days ago
        }
        Instant asked = Instant.now().minusSeconds(1);
        before.prepare("vi", "Cảnh báo lừa đảo. Không đọc mã ô tê pê cho ai.").orElseThrow(); // the alerts' pass of the last minute, on any node
        assertThat(Files.getLastModifiedTime(dir.resolve(name(alert))).toInstant()).as("found: marked as used").isAfter(asked);

        KioskAudio restarted = new KioskAudio(new VoiceProperties("espeak-ng", dir, 140));
        assertThat(restarted.file(name(alert))).as("not served by the new instance until it prepares it").isEmpty();
        int deleted = restarted.sweep(List.of(step), KioskAudio.GRACE);

        assertThat(dir.resolve(name(alert))).as("used by another part or node within the grace").exists();
        assertThat(dir.resolve(name(step))).as("the sweeping part's own").exists();
        assertThat(dir.resolve(name(ended))).as("nobody asked for it for five days").doesNotExist();
        assertThat(deleted).isEqualTo(1);
        assertThat(before.file(name(alert))).as("still served by the node that uses it").isPresent();
    }

    @Test
    void a_file_kind_is_told_by_its_first_bytes_not_its_name() {
        assertThat(AudioKind.MP3.matches("ID3\u0004".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
        assertThat(AudioKind.MP3.matches(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0})).isTrue();
        assertThat(AudioKind.MP3.matches("<html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(AudioKind.M4A.matches("\0\0\0\u0020ftypM4A ".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
        assertThat(AudioKind.OGG.matches("OggS\0".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(AudioKind.of("recordings/BUOC-1.MP3")).contains(AudioKind.MP3);
        assertThat(AudioKind.of("buoc-1.flac")).isEmpty();
    }

    private static byte[] wavBytes() throws Exception {
        Process p = new ProcessBuilder("espeak-ng", "-v", "vi", "--stdout", "Xin chào.").start();
        byte[] bytes = p.getInputStream().readAllBytes();
        p.waitFor();
        return bytes;
    }

    private static Path file(Path dir, String digit, Duration age) throws Exception {
        Path file = Files.writeString(dir.resolve(digit.repeat(64) + ".opus"), "x");
        age(file, age);
        return file;
    }

    /** Sets the file's modification time (when it was last used) that long ago. */
    private static void age(Path file, Duration age) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
    }

    private static String name(String address) {
        return address.substring(KioskAudio.PATH.length());
    }

    private static double riffSeconds(byte[] wav) {
        int byteRate = java.nio.ByteBuffer.wrap(wav, 28, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
        return (wav.length - 44) / (double) byteRate;
    }
}
