package vn.tramso.base;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Text read aloud by espeak-ng, made once on the server and kept on disk under
 * {@code <dir>/<SHA-256 of voice, speed and text>.opus} (Ogg Opus at {@value #OPUS_KBITS} kbit/s, made by
 * opusenc; {@code .wav} when opusenc is missing, about 14 times larger: docs/benchmarks.md "Step audio"),
 * served at {@code /kiosk-audio/<64 hex>.<extension>} by {@link KioskAudioController}. Files are made when
 * content loads ({@link #prepare}), never when a resident taps; a text with no file made has no address.
 * Without espeak-ng on the machine nothing is made; the start-up log says in one line what is made.
 * Recorded voices are kept the same way under the hash of their bytes ({@link #publish}), and
 * {@link #sweep} deletes the files nobody used for {@link #GRACE}, by their modification time, which
 * making, finding and {@link #touch} set ({@link VoiceSweep}: safe across parts, restarts and nodes).
 */
@Component
@EnableConfigurationProperties(VoiceProperties.class)
public class KioskAudio {

    public static final String PATH = "/kiosk-audio/";
    /** Words per minute of a loudspeaker announcement ({@link #loudspeaker}). */
    public static final int LOUDSPEAKER_SPEED = 125;
    private static final Logger log = LoggerFactory.getLogger(KioskAudio.class);
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.(wav|opus|ogg|mp3|m4a)");
    private static final long TIMEOUT_SECONDS = 30;
    /** Speech in Ogg Opus: about 3 KB a second, against 44 KB a second of 22 kHz WAV (docs/benchmarks.md "Step audio"). */
    static final int OPUS_KBITS = 24;
    /** A file nobody used for this long may be swept; every user touches its files at least every half of it. */
    public static final Duration GRACE = Duration.ofDays(1);
    private static final String MAKING = "making-";
    /** 4 MB: a 20-second step is about 0.3 MB as mp3 at 128 kbit/s and 1.8 MB as 44 kHz mono WAV. */
    public static final int MAX_RECORDING_BYTES = 4 * 1024 * 1024;

    private final VoiceProperties properties;
    private final boolean available;
    private final OpusEncoder encoder;
    private final boolean opus;
    /** The names of the files made or found since start-up: only these are served. */
    private final Set<String> made = ConcurrentHashMap.newKeySet();

    public KioskAudio(VoiceProperties properties) {
        this.properties = properties;
        this.available = espeakRuns();
        this.encoder = new OpusEncoder(properties.opusenc(), OPUS_KBITS, TIMEOUT_SECONDS);
        this.opus = available && encoder.runs();
        if (available) {
            log.info(opus ? "Kiosk voice: espeak-ng, kept as Ogg Opus at {} kbit/s (opusenc)"
                    : "Kiosk voice: espeak-ng, kept as WAV: '{}' not found, install opus-tools for files about 14 times smaller",
                    opus ? OPUS_KBITS : properties.opusenc());
        }
    }

    public boolean available() {
        return available;
    }

    /**
     * Makes the file for this text in this voice unless it is on disk already, where it is marked as used
     * now (so no node's sweep deletes it); its address, or empty when it could not be made.
     */
    public Optional<String> prepare(String voice, String text) {
        if (!available) {
            return Optional.empty();
        }
        String name = name(voice, text);
        Path file = properties.dir().resolve(name);
        if (Files.isRegularFile(file) && VoiceSweep.touch(file) || make(voice, properties.speed(), text, file, opus)) {
            made.add(name);
            return Optional.of(PATH + name);
        }
        return Optional.empty();
    }

    /** The file with this name, when it is one this node made, found or published. */
    Optional<Path> file(String name) {
        if (!NAME.matcher(name).matches() || !made.contains(name)) {
            return Optional.empty();
        }
        Path file = properties.dir().resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private String name(String voice, String text) {
        return Hashes.sha256(voice + "\n" + properties.speed() + "\n" + text) + (opus ? ".opus" : ".wav");
    }

    /**
     * espeak-ng reads the text into a temporary WAV, opusenc encodes it when {@code encode}, and the result
     * is moved into place once whole: a half-made file or a running espeak-ng is never left behind.
     */
    private boolean make(String voice, int speed, String text, Path file, boolean encode) {
        Path dir = file.getParent();
        Path part = null;
        Path encoded = null;
        Process espeak = null;
        try {
            Files.createDirectories(dir);
            part = Files.createTempFile(dir, MAKING, ".wav");
            espeak = new ProcessBuilder(properties.espeak(), "-v", voice, "-s", String.valueOf(speed),
                    "--stdin", "-w", part.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = espeak.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            boolean done = espeak.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done || espeak.exitValue() != 0 || Files.size(part) <= 44) {
                log.warn("espeak-ng could not read a text in voice {} (exit {})", voice, done ? espeak.exitValue() : "timeout");
                return false;
            }
            if (encode) {
                encoded = Files.createTempFile(dir, MAKING, ".opus");
                if (!encoder.encode(part, encoded)) {
                    return false;
                }
            }
            Files.move(encode ? encoded : part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            log.warn("could not make audio in {}: {}", dir.toAbsolutePath(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally { // the file was moved when it succeeded
            if (espeak != null && espeak.isAlive()) {
                espeak.destroyForcibly();
            }
            remove(part);
            remove(encoded);
        }
    }

    private boolean espeakRuns() {
        if (OpusEncoder.answers(properties.espeak())) {
            return true;
        }
        log.warn("No voice on the kiosks: espeak-ng at '{}' does not answer (install it: apt-get install espeak-ng)", properties.espeak());
        return false;
    }

    /**
     * The WAV file (espeak-ng's own 22 kHz 16-bit mono, whatever the kiosk files' encoding: the loudspeaker's
     * PC plays it as it is) of an announcement for a village loudspeaker, read at {@value #LOUDSPEAKER_SPEED}
     * words a minute (its sound echoes between houses); made unless on disk already, kept apart from the
     * kiosk's files and never served by KioskAudioController (alert.LoudspeakerController hands it to the
     * leaders of the alert's communes only); empty without espeak-ng or when it could not be made.
     */
    public Optional<Path> loudspeaker(String voice, String text) {
        if (!available) {
            return Optional.empty();
        }
        Path dir = properties.dir().resolve("loudspeaker");
        Path file = dir.resolve(Hashes.sha256("loudspeaker\n" + voice + "\n" + LOUDSPEAKER_SPEED + "\n" + text) + ".wav");
        return Files.isRegularFile(file) || make(voice, LOUDSPEAKER_SPEED, text, file, false) ? Optional.of(file) : Optional.empty();
    }

    private static void remove(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("could not remove {}: {}", file, e.getMessage());
            }
        }
    }

    /**
     * Serves a recorded voice under the hash of its bytes, copied into the voice folder; its address, or
     * empty when it could not be read or copied, or is no longer what its extension says or too large
     * (checked again: it may have changed since content loaded).
     */
    public Optional<String> publish(Path recording) {
        Optional<AudioKind> kind = AudioKind.of(recording.getFileName().toString());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Path part = null;
        try {
            if (Files.size(recording) > MAX_RECORDING_BYTES) {
                log.warn("recording {} is over {} bytes: not served", recording, MAX_RECORDING_BYTES);
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(recording);
            if (!kind.get().matches(bytes)) {
                log.warn("recording {} is not {} any more: not served", recording, kind.get().extension());
                return Optional.empty();
            }
            String name = Hashes.sha256(bytes) + "." + kind.get().extension();
            Path file = properties.dir().resolve(name);
            if (!Files.isRegularFile(file) || !VoiceSweep.touch(file)) {
                Files.createDirectories(properties.dir());
                part = Files.createTempFile(properties.dir(), MAKING, ".part");
                Files.write(part, bytes);
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            made.add(name);
            return Optional.of(PATH + name);
        } catch (IOException e) {
            log.warn("could not publish the recording {}: {}", recording, e.getMessage());
            return Optional.empty();
        } finally {
            remove(part);
        }
    }

    /**
     * Marks these addresses' files as used now: those a part still uses (at least every {@link #GRACE} / 2)
     * and those a load just left out; {@link #sweep} keeps them {@link #GRACE} from now.
     */
    public void touch(Collection<String> addresses) {
        VoiceSweep.touch(properties.dir(), NAME, names(addresses));
    }

    /**
     * Deletes the audio files (and half-made leftovers) in the voice folder that none of {@code inUse}
     * (addresses) names and that nobody used within {@code grace} (their modification time); how many were
     * deleted. Only names of the served pattern are touched. Safe across restarts and nodes sharing the
     * folder: the other parts' and nodes' files in use are fresher than the grace ({@link VoiceSweep}).
     */
    public int sweep(Collection<String> inUse, Duration grace) {
        Set<String> deleted = VoiceSweep.sweep(properties.dir(), name -> name.startsWith(MAKING) || NAME.matcher(name).matches(),
                names(inUse), grace);
        made.removeAll(deleted);
        return deleted.size();
    }

    private static Set<String> names(Collection<String> addresses) {
        Set<String> names = new HashSet<>();
        addresses.forEach(address -> names.add(address.substring(address.lastIndexOf('/') + 1)));
        return names;
    }
}
