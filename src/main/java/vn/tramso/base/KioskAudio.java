package vn.tramso.base;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * {@code <dir>/<SHA-256 of voice, speed and text>.wav}, served at {@code /kiosk-audio/<64 hex>.wav}
 * by {@link KioskAudioController}. Files are made when content loads ({@link #prepare}), never when a
 * resident taps; a text with no file made has no address. Without espeak-ng on the machine nothing is
 * made and the start-up log says so in one line.
 */
@Component
@EnableConfigurationProperties(VoiceProperties.class)
public class KioskAudio {

    public static final String PATH = "/kiosk-audio/";
    private static final Logger log = LoggerFactory.getLogger(KioskAudio.class);
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.wav");
    private static final long TIMEOUT_SECONDS = 30;

    private final VoiceProperties properties;
    private final boolean available;
    /** The names of the files made or found since start-up: only these are served. */
    private final Set<String> made = ConcurrentHashMap.newKeySet();

    public KioskAudio(VoiceProperties properties) {
        this.properties = properties;
        this.available = espeakRuns();
    }

    public boolean available() {
        return available;
    }

    /** Makes the file for this text in this voice unless it is on disk already; its address, or empty when it could not be made. */
    public Optional<String> prepare(String voice, String text) {
        if (!available) {
            return Optional.empty();
        }
        String name = name(voice, text);
        Path file = properties.dir().resolve(name);
        if (Files.isRegularFile(file) || make(voice, text, file)) {
            made.add(name);
            return Optional.of(PATH + name);
        }
        return Optional.empty();
    }

    /** The file with this name, when it is one this node made or found. */
    Optional<Path> file(String name) {
        if (!NAME.matcher(name).matches() || !made.contains(name)) {
            return Optional.empty();
        }
        Path file = properties.dir().resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private String name(String voice, String text) {
        return Hashes.sha256(voice + "\n" + properties.speed() + "\n" + text) + ".wav";
    }

    private boolean make(String voice, String text, Path file) {
        Path part = null;
        Process espeak = null;
        try {
            Files.createDirectories(properties.dir());
            part = Files.createTempFile(properties.dir(), "making-", ".wav");
            espeak = new ProcessBuilder(properties.espeak(), "-v", voice, "-s", String.valueOf(properties.speed()),
                    "--stdin", "-w", part.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = espeak.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            boolean done = espeak.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done || espeak.exitValue() != 0 || Files.size(part) <= 44) {
                log.warn("espeak-ng could not read a text in voice {} (exit {})", voice, done ? espeak.exitValue() : "timeout");
                return false;
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            log.warn("could not make audio in {}: {}", properties.dir().toAbsolutePath(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally { // a half-made file or a running espeak-ng is never left behind (the file was moved when it succeeded)
            if (espeak != null && espeak.isAlive()) {
                espeak.destroyForcibly();
            }
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    log.warn("could not remove {}: {}", part, e.getMessage());
                }
            }
        }
    }

    private boolean espeakRuns() {
        try {
            Process p = new ProcessBuilder(properties.espeak(), "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return true;
            }
            p.destroyForcibly();
            log.warn("No voice on the kiosks: '{} --version' failed (install espeak-ng: apt-get install espeak-ng)", properties.espeak());
        } catch (IOException e) {
            log.warn("No voice on the kiosks: espeak-ng not found at '{}' (install it: apt-get install espeak-ng)", properties.espeak());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /*
     * Issue 24: announcements for a village loudspeaker ("loa phát thanh"). Kept apart from the kiosk's
     * files, always as uncompressed WAV (the loudspeaker PC plays it as it is, whatever the kiosk files'
     * encoding), read a little slower than on the kiosk: a loudspeaker's sound echoes between houses.
     * Never served by KioskAudioController; alert.LoudspeakerController hands them to the leaders of the
     * alert's communes only.
     */

    /** Words per minute of a loudspeaker announcement. */
    public static final int LOUDSPEAKER_SPEED = 125;

    /**
     * The WAV file (espeak-ng's own 22 kHz 16-bit mono, nothing lost) of a loudspeaker announcement,
     * made unless it is on disk already; empty without espeak-ng or when it could not be made.
     */
    public Optional<Path> loudspeaker(String voice, String text) {
        if (!available) {
            return Optional.empty();
        }
        Path dir = properties.dir().resolve("loudspeaker");
        Path file = dir.resolve(Hashes.sha256("loudspeaker\n" + voice + "\n" + LOUDSPEAKER_SPEED + "\n" + text) + ".wav");
        return Files.isRegularFile(file) || speakWav(voice, LOUDSPEAKER_SPEED, text, dir, file) ? Optional.of(file) : Optional.empty();
    }

    /** espeak-ng writes the WAV to a temporary file, moved into place once whole. */
    private boolean speakWav(String voice, int speed, String text, Path dir, Path file) {
        Path part = null;
        Process espeak = null;
        try {
            Files.createDirectories(dir);
            part = Files.createTempFile(dir, "making-", ".wav");
            espeak = new ProcessBuilder(properties.espeak(), "-v", voice, "-s", String.valueOf(speed), "--stdin", "-w", part.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = espeak.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            boolean done = espeak.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done || espeak.exitValue() != 0 || Files.size(part) <= 44) {
                log.warn("espeak-ng could not read an announcement in voice {} (exit {})", voice, done ? espeak.exitValue() : "timeout");
                return false;
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            log.warn("could not make an announcement in {}: {}", dir.toAbsolutePath(), e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (espeak != null && espeak.isAlive()) {
                espeak.destroyForcibly();
            }
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException e) {
                    log.warn("could not remove {}: {}", part, e.getMessage());
                }
            }
        }
    }
}
